package org.homeward.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.homeward.accounts.CurrentUser;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1}, served at {@code /v3/api-docs} with Swagger UI beside it. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static {
		// The signed-in user comes from the credentials, not from a request parameter.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	@Bean
	OpenAPI homewardApi() {
		return new OpenAPI()
				.info(new Info().title("Homeward API").version("v1").description("""
						The REST API of a Homeward national node. Every request authenticates with HTTP Basic as a \
						Homeward user and gets exactly the access that user has on the pages: a role without \
						registry access gets 403, a record outside the user's region 404. Every read and change of \
						personal data is written to the audit trail. Errors are RFC 9457 problem details in the \
						language of Accept-Language (en, ru, uz). Edits carry the version that was read; a stale \
						version gets 409 with the current one. Searches are POSTed so that names never appear in \
						URLs. Bodies over 1 MB get 413."""))
				.components(new Components().addSecuritySchemes("basic",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
				.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}

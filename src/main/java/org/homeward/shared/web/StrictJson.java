package org.homeward.shared.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is read as written, never guessed at: a number is no date (20000 is not 13 January 1970), a fraction is no
 * whole number (1.5 minutes are not 1), and no text holds a control character (see {@link ControlCharacters}).
 * Each is refused with 400 naming the field by its path ({@link ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	JsonMapperBuilderCustomizer readJsonAsWritten() {
		SimpleModule texts = new SimpleModule("homeward-texts");
		texts.addDeserializer(String.class, new Texts());
		texts.addKeyDeserializer(String.class, new Keys());
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
				.withCoercionConfig(LogicalType.DateTime, dates -> dates
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
				.addModule(texts);
	}

	/** A text with a control character, named by its path like any other unreadable value. */
	static final class ControlCharacterInText extends MismatchedInputException {
		ControlCharacterInText(JsonParser parser) {
			super(parser, "text with a control character", String.class);
		}
	}

	/** Jackson's own reading of texts, and then the check. */
	private static final class Texts extends StdScalarDeserializer<String> {

		Texts() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (ControlCharacters.containsControlCharacter(text)) {
				throw new ControlCharacterInText(parser);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

		@Override
		public boolean isCachable() {
			return true;
		}
	}

	/** The keys of a map (a section's fields by name) are texts too. */
	private static final class Keys extends KeyDeserializer {

		@Override
		public Object deserializeKey(String key, DeserializationContext context) {
			if (ControlCharacters.containsControlCharacter(key)) {
				throw new ControlCharacterInText(context.getParser());
			}
			return key;
		}
	}
}

package org.homeward.shared.web;

import java.lang.reflect.Type;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the body a request was read into for the length of the request, so that a value refused later (a reference
 * to nothing, see {@link MissingReference}) can be named by its field.
 */
@ControllerAdvice
class RememberedBodies extends RequestBodyAdviceAdapter {

	private static final String ATTRIBUTE = RememberedBodies.class.getName();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
		}
		return body;
	}

	static Object of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE);
	}
}

package org.homeward.shared.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form or query value that cannot be converted to its field's type refuses the whole request (400 naming the
 * field, see {@link UnreadableField}), for every form and filter of the pages and the API. No form of Homeward
 * sends such a value, so it is a tampered or broken request, not a person's typing error to show in the form.
 */
@ControllerAdvice
class StrictBinding {

	@InitBinder
	void refuseUnreadableValues(WebDataBinder binder) {
		binder.setBindingErrorProcessor(new RefuseUnreadable());
	}

	private static final class RefuseUnreadable extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
			if (ex instanceof TypeMismatchException mismatch && ex.getPropertyName() != null) {
				String field = bindingResult.getNestedPath() + ex.getPropertyName();
				String[] codes = bindingResult.resolveMessageCodes(ex.getErrorCode(), ex.getPropertyName());
				throw new UnreadableField(new BadInput(field, new DefaultMessageSourceResolvable(codes)), mismatch);
			}
			super.processPropertyAccessException(ex, bindingResult);
		}
	}
}

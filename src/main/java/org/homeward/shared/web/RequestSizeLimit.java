package org.homeward.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body over the limit (1 MB by default, 11 MB for a file upload) is read: a declared length over it is refused at once with
 * 413, and a body sent without a length is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimit extends OncePerRequestFilter {

	private final long limit;
	private final long uploadLimit;
	private final ProblemWriter problems;

	RequestSizeLimit(@Value("${homeward.web.max-request-size:1MB}") DataSize limit,
			@Value("${homeward.web.max-upload-request-size:11MB}") DataSize uploadLimit, ProblemWriter problems) {
		this.limit = limit.toBytes();
		this.uploadLimit = uploadLimit.toBytes();
		this.problems = problems;
	}

	/** File uploads (attachments of up to 10 MB) get the larger limit; every other request the small one. */
	private long limitFor(HttpServletRequest request) {
		String type = request.getContentType();
		return request.getRequestURI().endsWith("/attachments") && type != null
				&& type.startsWith("multipart/form-data") ? uploadLimit : limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		try {
			chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
		}
		catch (IOException | ServletException e) {
			if (causedByTooLarge(e) && !response.isCommitted()) {
				response.reset();
				refuse(request, response);
				return;
			}
			throw e;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute("jakarta.servlet.error.status_code", 413);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
		}
		else {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	private static boolean causedByTooLarge(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	public static final class TooLarge extends IOException {
		TooLarge() {
			super("request body over the limit");
		}
	}

	private static final class Limited extends HttpServletRequestWrapper {
		private final long limit;
		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), limit);
			}
			return stream;
		}
	}

	private static final class CountingStream extends ServletInputStream {
		private final ServletInputStream in;
		private final long limit;
		private long read;

		CountingStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}

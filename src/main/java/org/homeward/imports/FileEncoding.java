package org.homeward.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings a CSV file is read in: UTF-8 (with or without a byte-order mark), or Windows-1251 when said so. */
public enum FileEncoding {
	UTF_8(StandardCharsets.UTF_8), WINDOWS_1251(Charset.forName("windows-1251"));

	private final Charset charset;

	FileEncoding(Charset charset) {
		this.charset = charset;
	}

	public Charset charset() {
		return charset;
	}
}

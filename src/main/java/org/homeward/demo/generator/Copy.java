package org.homeward.demo.generator;

import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's COPY, table by table, sent in chunks. Every table is flushed in the order the tables were
 * declared, parents before children, so that foreign keys always find their row.
 */
final class Copy {

	private static final int CHUNK = 8 * 1024 * 1024;

	private final CopyManager copy;
	private final List<Table> tables = new ArrayList<>();

	Copy(CopyManager copy) {
		this.copy = copy;
	}

	Table table(String name, String columns) {
		Table table = new Table("COPY " + name + " (" + columns + ") FROM STDIN");
		tables.add(table);
		return table;
	}

	void flushAll() throws SQLException {
		for (Table table : tables) {
			table.flush();
		}
	}

	/** One table's pending rows. */
	final class Table {

		private final String sql;
		private final StringBuilder rows = new StringBuilder(CHUNK + 4096);
		private long count;

		private Table(String sql) {
			this.sql = sql;
		}

		long count() {
			return count;
		}

		Table add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					rows.append('\t');
				}
				value(values[i]);
			}
			rows.append('\n');
			count++;
			if (rows.length() > CHUNK) {
				flushAll();
			}
			return this;
		}

		private void value(Object value) {
			if (value == null) {
				rows.append("\\N");
			}
			else if (value instanceof Collection<?> array) {
				StringBuilder literal = new StringBuilder("{");
				boolean comma = false;
				for (Object element : array) {
					if (comma) {
						literal.append(',');
					}
					literal.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
					comma = true;
				}
				escape(literal.append('}').toString());
			}
			else {
				escape(value.toString());
			}
		}

		private void escape(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> rows.append("\\\\");
					case '\t' -> rows.append("\\t");
					case '\n' -> rows.append("\\n");
					case '\r' -> rows.append("\\r");
					default -> rows.append(c);
				}
			}
		}

		void flush() throws SQLException {
			if (rows.length() == 0) {
				return;
			}
			try {
				copy.copyIn(sql, new StringReader(rows.toString()));
			}
			catch (java.io.IOException e) {
				throw new SQLException(e);
			}
			rows.setLength(0);
		}
	}
}

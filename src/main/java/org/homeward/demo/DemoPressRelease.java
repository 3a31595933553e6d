package org.homeward.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The press release of 10 May 2024 that announced the Council's first meeting, word for word (only the line-end
 * hyphenation of the source is joined), as a public material of the first meeting in the demo. Its facts are the
 * ones the demo's first meeting shows; nothing in the demo may contradict it.
 */
final class DemoPressRelease {

	static final String TITLE = "Press release, Tashkent/New York/Vienna, 10 May 2024";

	/** The headline first, then the paragraphs. */
	static final List<String> PARAGRAPHS = List.of(
			"Tashkent will host the first meeting of Central Asia Regional Expert Council in Rehabilitation and "
					+ "Reintegration of Returnees",
			"Tashkent/New York/Vienna, May 10, 2024. On May 14 this year, the first meeting of Central Asia "
					+ "Regional Expert Council in Rehabilitation and Reintegration of Returnees from armed conflict zones "
					+ "will be held in Tashkent.",
			"The Regional Expert Council is being established on the initiative of the President of Uzbekistan, "
					+ "Mr. Shavkat Mirziyoyev, put forward in March 2022 in Tashkent at the high-level conference “Regional "
					+ "cooperation of the countries of Central Asia under the Joint Action Plan for the implementation UN "
					+ "Global Counter-Terrorism Strategy” and supported by international partners.",
			"The event is organized by the Institute for Strategic and Regional Studies under the President of "
					+ "the Republic of Uzbekistan (ISRS), the State Security Service of the Republic of Uzbekistan, the "
					+ "Ministry of Foreign Affairs of the Republic of Uzbekistan, the Committee the Family and Women under "
					+ "the Ministry of Employment and Poverty Reduction of the Republic of Uzbekistan, as well as the "
					+ "United Nations Office of Counter-Terrorism (UNOCT), the United Nations Regional Centre for "
					+ "Preventive Diplomacy for Central Asia (UNRCCA) and the Organization for Security and Cooperation in "
					+ "Europe (OSCE) Project Co-ordinator in Uzbekistan.",
			"The first meeting of the Regional Expert Council in Tashkent will be attended by high-level "
					+ "representatives of Central Asian states, international organizations - the UN and the OSCE, as well "
					+ "as specialists in the field of rehabilitation and reintegration of returnees from conflict zones, "
					+ "including in matters of bringing to justice persons suspected of committing criminal acts.",
			"The opening ceremony is expected to be addressed by Under-Secretary-General and Head of the UNOCT "
					+ "Vladimir Voronkov, Special Representative of the United Nations Secretary-General for Central Asia, "
					+ "the Head of the UNRCCA Kaha Imnadze, Acting Executive Director of the UN Security Council "
					+ "Counter-Terrorism Committee Executive Directorate Weixiong Chen, the OSCE Co-ordinator of Activities "
					+ "to Address Transnational Threats Alena Kupchyna, as well as heads of delegations from the Republic "
					+ "of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of "
					+ "Uzbekistan.",
			"Representatives of senior management of international and regional organizations, including the CIS "
					+ "Anti-Terrorism Centre, the SCO Regional Anti-Terrorism Structure, the CICA Secretariat, the "
					+ "Parliamentary Union of the OIC Member States, the CSTO, and UN entities such as the UN Office on "
					+ "Drugs and Crime, the Office of the United Nations High Commissioner for Human Rights, and the Office "
					+ "of the UN High Commissioner for Refugees, have also been invited to the event",
			"The event will become a unique platform for sharing the experience of Central Asian countries in the "
					+ "field of returning their citizens from conflict zones, institutionalization and increasing the "
					+ "effectiveness of regional cooperation in this area, will again demonstrate the achieved high level "
					+ "of consolidation of the Central Asian states and readiness to jointly bear common responsibility for "
					+ "ensuring peace and security in the region.",
			"The event will also include two breakout sessions on implementing a comprehensive "
					+ "whole-of-government approach to the rehabilitation and reintegration of returnees from conflict "
					+ "zones, as well as enhancing the role of local communities and civil society organizations in "
					+ "ensuring a whole-of-society approach in this area.");

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private DemoPressRelease() {
	}

	static byte[] pdf() {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			var out = new ByteArrayOutputStream();
			var document = new Document(PageSize.A4, 60, 60, 60, 60);
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(PARAGRAPHS.get(0), new Font(base, 15, Font.BOLD)));
			for (String paragraph : PARAGRAPHS.subList(1, PARAGRAPHS.size())) {
				Paragraph p = new Paragraph(paragraph, new Font(base, 11));
				p.setSpacingBefore(8);
				document.add(p);
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package org.homeward.support;

/** The demo accounts the tests act as (see the README). */
public final class Demo {

	public static final String PASSWORD = "homeward-demo";

	public static final String ADMIN = "admin";
	/** The second administrator, who approves what {@link #ADMIN} asks for (four eyes). */
	public static final String ADMIN2 = "admin2";
	public static final String COORDINATOR = "coordinator";
	public static final String REGIONAL_COORDINATOR = "coordinator.fergana";
	public static final String TASHKENT_COORDINATOR = "coordinator.tashkent";
	public static final String CASE_MANAGER = "casemanager";
	public static final String CASE_MANAGER_FERGANA = "casemanager.fergana";
	public static final String HEALTH_SPECIALIST = "health";
	public static final String PSYCHOLOGIST = "psychologist";
	public static final String TEACHER = "teacher";
	public static final String EMPLOYMENT_SPECIALIST = "employment";
	public static final String REGISTRAR = "registrar";
	public static final String RELIGIOUS_COUNSELLOR = "imam";
	public static final String JUSTICE_OFFICER = "justice";
	public static final String SECURITY_OFFICER = "security";
	public static final String COMMUNITY_WORKER = "mahalla";
	public static final String CSO_WORKER = "cso";
	public static final String ANALYST = "analyst";
	public static final String AUDITOR = "auditor";
	public static final String SECRETARIAT = "secretariat";
	public static final String EXPERT = "expert";
	public static final String DELEGATE = "delegate";

	private Demo() {
	}
}

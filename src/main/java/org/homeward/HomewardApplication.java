package org.homeward;

import java.util.Arrays;

import org.homeward.shared.encryption.KeysetCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Homeward: the information system of the Central Asia Regional Expert Council on the Rehabilitation and
 * Reintegration of Returnees, and of the national programmes it connects.
 */
@SpringBootApplication
@EnableScheduling
public class HomewardApplication {

	public static void main(String[] args) {
		if (KeysetCommands.handled(args)) {
			return;
		}
		var application = new SpringApplication(HomewardApplication.class);
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--backup=") || arg.startsWith("--restore="))) {
			// a command: no web server, and it stops when done
			application.setWebApplicationType(WebApplicationType.NONE);
		}
		application.run(withDemoFlag(args));
	}

	/** {@code --demo} is short for {@code --homeward.demo=true}: start with the synthetic demo data. */
	static String[] withDemoFlag(String[] args) {
		return Arrays.stream(args).map(arg -> arg.equals("--demo") ? "--homeward.demo=true" : arg)
				.toArray(String[]::new);
	}
}

package org.homeward;

import java.util.Arrays;
import java.util.stream.Stream;

import org.homeward.shared.encryption.KeysetCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Homeward: the information system of the Central Asia Regional Expert Council on the Rehabilitation and
 * Reintegration of Returnees, and of the national programmes it connects.
 */
@SpringBootApplication
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

	/**
	 * {@code --demo} is short for {@code --homeward.demo=true}: start with the synthetic demo data. {@code --generate=N}
	 * adds N synthetic persons with their cases to the demo, then stops (see docs/operations.md).
	 */
	static String[] withDemoFlag(String[] args) {
		return Arrays.stream(args).flatMap(arg -> arg.equals("--demo") ? Stream.of("--homeward.demo=true")
				: arg.startsWith("--generate=")
						? Stream.of("--homeward.demo=true", "--homeward.generate.persons=" + arg.substring(11))
						: Stream.of(arg))
				.toArray(String[]::new);
	}
}

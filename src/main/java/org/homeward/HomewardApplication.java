package org.homeward;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Homeward: the information system of the Central Asia Regional Expert Council on the Rehabilitation and
 * Reintegration of Returnees, and of the national programmes it connects.
 */
@SpringBootApplication
public class HomewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(HomewardApplication.class, withDemoFlag(args));
	}

	/** {@code --demo} is short for {@code --homeward.demo=true}: start with the synthetic demo data. */
	static String[] withDemoFlag(String[] args) {
		return Arrays.stream(args).map(arg -> arg.equals("--demo") ? "--homeward.demo=true" : arg)
				.toArray(String[]::new);
	}
}

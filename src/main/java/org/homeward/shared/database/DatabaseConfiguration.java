package org.homeward.shared.database;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two connections to one database: the pool the application serves requests with, as a role that may append
 * to the audit trail but never rewrite it, and the owner's connection that runs migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(DatabaseSettings settings) {
		return settings.external() ? new ExternalDatabaseServer(settings) : EmbeddedDatabaseServer.start(settings);
	}

	@Bean
	@Primary
	DataSource dataSource(DatabaseServer server, DatabaseSettings settings,
			@Value("${homeward.db.connection-timeout:5s}") Duration connectionTimeout) {
		var login = server.application();
		var config = new HikariConfig();
		config.setPoolName("homeward");
		config.setJdbcUrl(login.url());
		config.setUsername(login.user());
		config.setPassword(login.password());
		config.setMaximumPoolSize(settings.poolSize());
		// A bounded wait for a connection, whether the pool is busy or the database cannot be reached: past it the
		// request is answered 503 (OverloadGuard, ApiProblems), never left hanging for Hikari's default 30 s to end
		// in a 500.
		config.setConnectionTimeout(connectionTimeout.toMillis());
		// Keep values of personal data (a duplicate document number, say) out of exception messages and logs.
		config.addDataSourceProperty("logServerErrorDetail", "false");
		config.addDataSourceProperty("ApplicationName", "homeward");
		// A batch of inserts goes as multi-row INSERTs, not one statement per row (an import's persons, say).
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(DatabaseServer server) {
		var login = server.owner();
		var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), login.url(), login.user(), login.password());
		return dataSource;
	}

	@Bean
	FlywayConfigurationCustomizer applicationRoleForMigrations(DatabaseServer server) {
		return configuration -> configuration.placeholders(Map.of("app_role", server.application().user()));
	}
}

package org.homeward.imports.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Imports run one at a time in a thread of their own (the machine has few cores, and requests must go on being
 * answered), with the signed-in user's security context, so that the registry checks their roles as for a request.
 * A few more wait in line; beyond that a run is refused as busy. Not an {@code Executor} bean, so that the
 * application's own task executor (for events) stays as Spring Boot configures it.
 */
@Component
public class ImportThreads {

	private final AtomicInteger count = new AtomicInteger();
	private final ThreadPoolExecutor threads = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(10), runnable -> {
				Thread thread = new Thread(runnable, "import-" + count.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	/** Runs the work in the background as the current user; throws RejectedExecutionException when busy. */
	public void execute(Runnable work) {
		threads.execute(new DelegatingSecurityContextRunnable(work));
	}

	@PreDestroy
	void stop() {
		threads.shutdownNow();
	}
}

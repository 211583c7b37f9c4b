package com.clinicchat.cluster;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * The scheduler of {@code @Scheduled} jobs with the {@code cluster} profile: the jobs named in
 * {@code clinicchat.cluster.once-per-cluster} ({@code Class.method}) run under a ShedLock lock in the database, so
 * each round runs on one node only; the others (each node's own housekeeping) run as usual. The jobs themselves are
 * untouched: the lock wraps the scheduled call, whatever the method returns.
 */
class OncePerClusterScheduler extends ThreadPoolTaskScheduler {

    private final LockingTaskExecutor locks;
    private final List<String> oncePerCluster;
    private final Duration lockAtMost;
    private final Duration lockAtLeast;

    OncePerClusterScheduler(LockingTaskExecutor locks, List<String> oncePerCluster, Duration lockAtMost,
                            Duration lockAtLeast) {
        this.locks = locks;
        this.oncePerCluster = List.copyOf(oncePerCluster);
        this.lockAtMost = lockAtMost;
        this.lockAtLeast = lockAtLeast;
        setPoolSize(2);
        setThreadNamePrefix("scheduling-");
    }

    /** The task under the database lock when it is one of the once-per-cluster jobs, else the task as it is. */
    Runnable wrap(Runnable task) {
        String method = task.toString(); // Spring's scheduled-method runnables say "package.Class.method"
        for (String job : oncePerCluster) {
            if (method.endsWith("." + job)) {
                return () -> locks.executeWithLock(task,
                        new LockConfiguration(Instant.now(), job, lockAtMost, lockAtLeast));
            }
        }
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        return super.schedule(wrap(task), trigger);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        return super.schedule(wrap(task), startTime);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        return super.scheduleAtFixedRate(wrap(task), startTime, period);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        return super.scheduleAtFixedRate(wrap(task), period);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        return super.scheduleWithFixedDelay(wrap(task), startTime, delay);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        return super.scheduleWithFixedDelay(wrap(task), delay);
    }
}

package com.clinicchat.conversation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedSyncTest {

    /** A sync that counts its runs and holds the first one until released. */
    private static final class HeldSync implements Runnable {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void run() {
            if (runs.incrementAndGet() == 1) {
                firstStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Test
    void callersArrivingDuringASyncShareTheNextOneAndNoneReturnsOnTheSyncThatWasRunning() throws Exception {
        HeldSync held = new HeldSync();
        SharedSync shared = new SharedSync(held);
        Thread first = Thread.ofVirtual().start(shared::sync);
        assertThat(held.firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        List<Thread> later = new ArrayList<>();
        AtomicInteger returnedBeforeSecondSync = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            later.add(Thread.ofVirtual().start(() -> {
                shared.sync();
                if (held.runs.get() < 2) {
                    returnedBeforeSecondSync.incrementAndGet();
                }
            }));
        }
        Thread.sleep(200); // let them all wait behind the running sync
        assertThat(held.runs.get()).isEqualTo(1);
        held.release.countDown();
        first.join(10_000);
        for (Thread thread : later) {
            thread.join(10_000);
            assertThat(thread.isAlive()).isFalse();
        }

        // their commits may have come after the first sync started: one more covers all ten
        assertThat(returnedBeforeSecondSync.get()).isZero();
        assertThat(held.runs.get()).isEqualTo(2);
    }

    @Test
    void aCallerAloneSyncsEveryTime() {
        AtomicInteger runs = new AtomicInteger();
        SharedSync shared = new SharedSync(runs::incrementAndGet);
        shared.sync();
        shared.sync();
        assertThat(runs.get()).isEqualTo(2);
    }

    @Test
    void aFailedSyncReachesItsCallerAndTheNextCallerSyncsAgain() {
        AtomicInteger runs = new AtomicInteger();
        SharedSync shared = new SharedSync(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(shared::sync).hasMessage("disk full");
        shared.sync();
        assertThat(runs.get()).isEqualTo(2);
    }
}

package com.clinicchat.conversation;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One forced write to the disk for every commit made before it started: callers that arrive while a sync runs wait
 * for it to end and then share the next one, instead of each forcing the file in turn. A caller returns only after a
 * sync that started after it called (so after its commit) has finished. With many chats writing at once this turns
 * one {@code fsync} per message into one per batch.
 */
final class SharedSync implements DurableCommits {

    private final Runnable sync;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long started;
    private long completed;
    private boolean running;

    SharedSync(Runnable sync) {
        this.sync = sync;
    }

    @Override
    public void sync() {
        lock.lock();
        try {
            long needed = started + 1; // the next sync to start covers this caller's commit
            while (completed < needed) {
                if (running) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                running = true;
                long mine = ++started;
                boolean done = false;
                lock.unlock();
                try {
                    sync.run();
                    done = true;
                } finally {
                    lock.lock();
                    running = false;
                    if (done) {
                        completed = mine;
                    }
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}

package com.clinicchat.conversation;

/**
 * Makes everything committed so far survive a crash of the process and of the machine. {@link Conversations}
 * calls it after each change and before telling anyone (the echo of a visitor message, a state frame, a
 * call-back receipt), so that nothing acknowledged can be lost.
 */
@FunctionalInterface
public interface DurableCommits {

    void sync();
}

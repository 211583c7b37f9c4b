package com.clinicchat.conversation;

import java.time.Instant;

/** Contact details a visitor left for staff to call back. */
public record CallbackRequest(long id, String conversationId, String name, String contact, String note,
                              Instant createdAt) {
}

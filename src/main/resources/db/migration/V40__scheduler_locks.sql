-- ShedLock's table: with the cluster profile, each round of a once-per-cluster job (retention, inactivity closing)
-- runs on the node that takes the row's lock (see cluster.OncePerClusterScheduler). Unused on a single node.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

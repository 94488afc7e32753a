/**
 * State that every portal node must see the same: Payara's own data grid (Hazelcast, JNDI {@code payara/Hazelcast})
 * when the portal runs with it, plain memory of this node when it does not ({@code --nohazelcast}: the tests, the run
 * command), with the same semantics either way. Only JDK types (strings) go into the grid, never the application's
 * classes: the grid's members deserialise what they hold with their own class loader, not the WAR's. Updates are
 * compare-and-set loops ({@link ir.hami.platform.cluster.SharedMap#replace}), invalidations are messages on a topic.
 * Only {@link ir.hami.platform.cluster.HazelcastGrid} touches Hazelcast's classes, so a portal without the grid never
 * loads them.
 */
package ir.hami.platform.cluster;

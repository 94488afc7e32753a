/**
 * Demo data: believable Persian insurers, policyholders, contracts with their plans, families and announcements,
 * written with plain JDBC batches by {@link ir.hami.membership.demo.DemoDataGenerator} (deterministic per seed, a
 * million members in about a minute), loaded at start into an empty database by
 * the demo loader (ir.hami.demo) when {@code hami.demo.data=true}, with the fixed logins of
 * {@link ir.hami.membership.demo.DemoLogins}. Never on in production. The benchmark command
 * {@code ir.hami.bench.GenerateMembers} (test sources) uses the same generator without the portal.
 */
package ir.hami.membership.demo;

/**
 * Demo set-up ({@code hami.demo.data=true}, never in production): loads the generated members, the network, the
 * demo centre with its API key, referral requests in every state, and the demo family's claims in every state with
 * two admissions, into an empty database. Last in the package order, since it sets up every feature.
 */
package ir.hami.demo;

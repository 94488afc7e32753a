/** Demo data of the treatment-centre network: realistic centres across the provinces, for demos and benchmarks. */
package ir.hami.network.demo;

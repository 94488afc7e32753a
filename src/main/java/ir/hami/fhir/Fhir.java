package ir.hami.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Money;

/**
 * The portal's one {@link FhirContext} for R4 and its JSON. A context is expensive (it scans the model's classes,
 * about a second and some MB), thread safe, and shared: made once, on first use or by {@link #warmUp()}, which
 * {@link FhirApplication} starts in the background after deployment so that neither start-up nor the first
 * hospital's request pays for it. Parsers are cheap and not thread safe: one per call.
 */
public final class Fhir {

    private static final Logger LOG = Logger.getLogger(Fhir.class.getName());
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    /** Made by the first caller (the JVM's class initialisation is the lock). */
    private static final class Holder {
        static final FhirContext CONTEXT = create();
    }

    private Fhir() {
    }

    private static FhirContext create() {
        long start = System.nanoTime();
        FhirContext context = FhirContext.forR4();
        // the resources the portal reads and writes, scanned now rather than on their first request
        for (String type : new String[] {"CapabilityStatement", "OperationOutcome", "CoverageEligibilityRequest",
                "CoverageEligibilityResponse", "Claim", "ClaimResponse", "Bundle", "Patient", "Coverage",
                "ExplanationOfBenefit", "Parameters"}) {
            context.getResourceDefinition(type);
        }
        LOG.log(Level.INFO, "FHIR R4 context ready in {0} ms", (System.nanoTime() - start) / 1_000_000);
        return context;
    }

    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    /** Makes the context once, off the calling thread's critical path; later calls do nothing. */
    static void warmUp() {
        if (WARMING.compareAndSet(false, true)) {
            context();
        }
    }

    /** A JSON parser that refuses nothing it can read (unknown elements are the client's business). */
    public static IParser json() {
        return context().newJsonParser();
    }

    public static String toJson(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }

    /** Integer Rials as FHIR Money. */
    public static Money rials(long amount) {
        return new Money().setValue(BigDecimal.valueOf(amount)).setCurrency(FhirSystems.CURRENCY);
    }
}

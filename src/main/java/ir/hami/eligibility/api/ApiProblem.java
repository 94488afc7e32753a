package ir.hami.eligibility.api;

/** A refusal of the API, turned into problem+json by {@link ProblemMapper}. */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final long retryAfterSeconds;

    public ApiProblem(Problem problem, long retryAfterSeconds) {
        super(problem.type() + ": " + problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem of(int status, String type, String title, String detail, String titleFa) {
        return new ApiProblem(new Problem(type, title, status, detail, titleFa), 0);
    }

    public Problem problem() { return problem; }
    public long retryAfterSeconds() { return retryAfterSeconds; }
}

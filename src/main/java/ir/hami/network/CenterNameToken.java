package ir.hami.network;

import jakarta.persistence.*;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of the centres' name index: a suffix of a word of the centre's name ({@link TreatmentCenter#nameTokens}).
 * Written with the centre (see {@link CenterAdmin#save}, {@link CenterNameIndex}), read only by
 * {@link CenterFilter}'s name condition.
 */
@Entity
@Table(name = "center_name_token")
@IdClass(CenterNameToken.Key.class)
public class CenterNameToken implements Serializable {

    @Id
    @Column(name = "token", length = TreatmentCenter.TOKEN_LENGTH)
    private String token;

    @Id
    @Column(name = "center_id")
    private long centerId;

    protected CenterNameToken() {
    }

    public CenterNameToken(String token, long centerId) {
        this.token = token;
        this.centerId = centerId;
    }

    public String getToken() { return token; }
    public long getCenterId() { return centerId; }

    /** The identity JPA needs; the table itself has no primary key (see V5__network_search.sql). */
    public static class Key implements Serializable {
        private String token;
        private long centerId;

        public Key() {
        }

        public Key(String token, long centerId) {
            this.token = token;
            this.centerId = centerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.centerId == centerId && Objects.equals(k.token, token);
        }

        @Override
        public int hashCode() {
            return Objects.hash(token, centerId);
        }
    }
}

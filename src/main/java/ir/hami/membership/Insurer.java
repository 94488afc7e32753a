package ir.hami.membership;

import jakarta.persistence.*;
import java.io.Serializable;

/** An insurance company whose group contracts Hami administers. */
@Entity
@Table(name = "insurer")
public class Insurer implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "insurer")
    @TableGenerator(name = "insurer", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "insurer", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "logo_file_id")
    private Long logoFileId;

    @Version
    private long version;

    protected Insurer() {
    }

    public Insurer(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getLogoFileId() { return logoFileId; }
    public void setLogoFileId(Long logoFileId) { this.logoFileId = logoFileId; }
}

package ir.hami.network;

import jakarta.persistence.*;
import java.io.Serializable;

/** One of Iran's 31 provinces (reference data). */
@Entity
@Table(name = "province")
public class Province implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "province")
    @TableGenerator(name = "province", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "province", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 4)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    protected Province() {
    }

    public Province(String code, String name, String nameEn) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getNameEn() { return nameEn; }
}

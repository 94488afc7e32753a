package ir.hami.network;

import jakarta.persistence.*;
import java.io.Serializable;

/** A city of a province (reference data). */
@Entity
@Table(name = "city")
public class City implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "city")
    @TableGenerator(name = "city", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "city", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected City() {
    }

    public City(Province province, String name) {
        this.province = province;
        this.name = name;
    }

    public Long getId() { return id; }
    public Province getProvince() { return province; }
    public String getName() { return name; }
}

package ir.hami.network;

import ir.hami.platform.text.PersianText;
import jakarta.persistence.*;
import java.io.Serializable;

/** A service a centre offers (e.g. «سی‌تی‌اسکن», «آزمایش خون»). */
@Entity
@Table(name = "center_service")
public class CenterService implements Serializable {

    /** Length of the title column (V2__network_core.sql). */
    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "center_service")
    @TableGenerator(name = "center_service", table = "id_sequence", pkColumnName = "seq_name", valueColumnName = "next_val",
            pkColumnValue = "center_service", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "center_id")
    private TreatmentCenter center;

    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    protected CenterService() {
    }

    public CenterService(TreatmentCenter center, String title) {
        this.center = center;
        this.title = PersianText.normalize(title);
    }

    public Long getId() { return id; }
    public TreatmentCenter getCenter() { return center; }
    public String getTitle() { return title; }
}

package ir.hami.membership.demo;

import ir.hami.membership.CoverKind;
import java.util.List;
import java.util.Map;

/**
 * What a cover pays for, read from its Persian title as insurers write them ("بستری و جراحی", "پاراکلینیکی
 * (آزمایش، رادیولوژی، سونوگرافی)", "داروی خارج از بیمارستان", "عینک طبی و لنز"...). The first rule whose word the
 * title contains wins, so "داروی خارج از بیمارستان" is a drug cover although it names the hospital; a title no rule
 * knows (hearing aids, ambulance) is {@link CoverKind#OTHER}. Arabic ي and ك and the zero-width non-joiner are
 * accepted as typed.
 */
public final class DemoCoverKinds {

    private DemoCoverKinds() {
    }

    private static final List<Map.Entry<String, CoverKind>> RULES = List.of(
            Map.entry("دارو", CoverKind.DRUG),
            Map.entry("دندان", CoverKind.DENTAL),
            Map.entry("عینک", CoverKind.OPTICS),
            Map.entry("لنز", CoverKind.OPTICS),
            Map.entry("بینایی", CoverKind.OPTICS),
            Map.entry("پاراکلینیک", CoverKind.PARACLINIC),
            Map.entry("آزمایش", CoverKind.PARACLINIC),
            Map.entry("رادیولوژی", CoverKind.PARACLINIC),
            Map.entry("سونوگرافی", CoverKind.PARACLINIC),
            Map.entry("تصویربرداری", CoverKind.PARACLINIC),
            Map.entry("فیزیوتراپی", CoverKind.PARACLINIC),
            Map.entry("ویزیت", CoverKind.OUTPATIENT),
            Map.entry("سرپایی", CoverKind.OUTPATIENT),
            Map.entry("بستری", CoverKind.HOSPITAL),
            Map.entry("جراحی", CoverKind.HOSPITAL),
            Map.entry("زایمان", CoverKind.HOSPITAL));

    /** The kind of cover a title names; {@link CoverKind#OTHER} when none of the rules knows it. */
    public static CoverKind of(String title) {
        if (title == null) {
            return CoverKind.OTHER;
        }
        String t = title.replace('ي', 'ی').replace('ك', 'ک').replace("\u200c", "").replace(" ", "");
        for (Map.Entry<String, CoverKind> rule : RULES) {
            if (t.contains(rule.getKey().replace("\u200c", "").replace(" ", ""))) {
                return rule.getValue();
            }
        }
        return CoverKind.OTHER;
    }
}

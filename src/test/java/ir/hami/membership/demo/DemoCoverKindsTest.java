package ir.hami.membership.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ir.hami.membership.CoverKind;
import org.junit.jupiter.api.Test;

class DemoCoverKindsTest {

    @Test
    void everyCoverOfTheCatalogueHasTheKindItsTitleNames() {
        assertEquals(CoverKind.HOSPITAL, DemoCoverKinds.of("بستری و جراحی"));
        assertEquals(CoverKind.HOSPITAL, DemoCoverKinds.of("اعمال جراحی مهم (قلب، مغز و اعصاب، پیوند اعضا)"));
        assertEquals(CoverKind.HOSPITAL, DemoCoverKinds.of("زایمان (طبیعی و سزارین)"));
        assertEquals(CoverKind.PARACLINIC, DemoCoverKinds.of("پاراکلینیکی (آزمایش، رادیولوژی، سونوگرافی)"));
        assertEquals(CoverKind.PARACLINIC, DemoCoverKinds.of("فیزیوتراپی"));
        assertEquals(CoverKind.DENTAL, DemoCoverKinds.of("دندانپزشکی"));
        assertEquals(CoverKind.OPTICS, DemoCoverKinds.of("عینک طبی و لنز"));
        assertEquals(CoverKind.OUTPATIENT, DemoCoverKinds.of("ویزیت"));
        assertEquals(CoverKind.OTHER, DemoCoverKinds.of("سمعک"));
        assertEquals(CoverKind.OTHER, DemoCoverKinds.of("آمبولانس و فوریت‌های پزشکی"));
    }

    @Test
    void aDrugCoverNamingTheHospitalIsStillADrugCover() {
        assertEquals(CoverKind.DRUG, DemoCoverKinds.of("داروی خارج از بیمارستان"));
        assertEquals(CoverKind.HOSPITAL, DemoCoverKinds.of("هزینه بیمارستان و بستری"));
    }

    @Test
    void arabicLettersSpacesAndJoinersAreReadAsPersian() {
        assertEquals(CoverKind.DENTAL, DemoCoverKinds.of("دندان پزشكي"));
        assertEquals(CoverKind.PARACLINIC, DemoCoverKinds.of("پارا\u200cکلینیکی"));
        assertEquals(CoverKind.OUTPATIENT, DemoCoverKinds.of("خدمات سرپايي"));
        assertEquals(CoverKind.OTHER, DemoCoverKinds.of(null));
        assertEquals(CoverKind.OTHER, DemoCoverKinds.of(""));
    }

    @Test
    void theCatalogueCoversEveryKindTheClaimsCatalogueUses() {
        var kinds = DemoCatalog.COVERS.stream().map(DemoCatalog.CoverEntry::kind).distinct().toList();
        for (CoverKind k : CoverKind.values()) {
            assertEquals(true, kinds.contains(k), k.name());
        }
    }
}

package ir.hami.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalConfigTest {

    @Test
    void noOrBlankTileUrlMeansNoMap() {
        PortalConfig config = new PortalConfig();
        config.mapTilesUrl = Optional.empty();
        assertNull(config.getMapTilesUrl());
        config.mapTilesUrl = Optional.of("   ");
        assertNull(config.getMapTilesUrl());
        config.mapTilesUrl = Optional.of(" https://tiles.example.ir/{z}/{x}/{y}.png ");
        assertEquals("https://tiles.example.ir/{z}/{x}/{y}.png", config.getMapTilesUrl());
    }
}

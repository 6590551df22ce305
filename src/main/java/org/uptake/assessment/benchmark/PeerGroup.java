package org.uptake.assessment.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.uptake.directory.OrganisationSummary;

/**
 * A group of comparable firms: everyone, the same NUTS 2 region, the same NACE section, the same size class, and
 * region and size together. Keys are stable strings such as {@code region:DEE0} or {@code region_size:NO06:MICRO}.
 */
public record PeerGroup(Kind kind, String key) {

    public enum Kind { ALL, REGION, SECTOR, SIZE, REGION_SIZE }

    public static List<PeerGroup> of(OrganisationSummary organisation) {
        String region = organisation.nutsCode().substring(0, Math.min(4, organisation.nutsCode().length()));
        List<PeerGroup> groups = new ArrayList<>();
        groups.add(new PeerGroup(Kind.ALL, "all"));
        groups.add(new PeerGroup(Kind.REGION, "region:" + region));
        groups.add(new PeerGroup(Kind.SECTOR, "sector:" + organisation.naceSection()));
        groups.add(new PeerGroup(Kind.SIZE, "size:" + organisation.sizeClass()));
        groups.add(new PeerGroup(Kind.REGION_SIZE, "region_size:" + region + ":" + organisation.sizeClass()));
        return groups;
    }

    public static List<PeerGroup> parse(String keys) {
        return keys == null || keys.isBlank() ? List.of() : java.util.Arrays.stream(keys.split(","))
                .map(PeerGroup::ofKey).toList();
    }

    public static String join(List<PeerGroup> groups) {
        return String.join(",", groups.stream().map(PeerGroup::key).toList());
    }

    static PeerGroup ofKey(String key) {
        String prefix = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        return new PeerGroup(Kind.valueOf(prefix.toUpperCase(java.util.Locale.ROOT)), key);
    }

    /** The code the group is about: the region, section or size class; region and size for the combination. */
    public String code() {
        return key.contains(":") ? key.substring(key.indexOf(':') + 1) : "";
    }
}

package org.dialogue.meetings.domain.shared;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Where a meeting or an edition takes place. The room is kept apart so that scheduling can later tell two meetings in
 * the same building from two meetings in the same room.
 */
@Embeddable
public class Venue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "{venue.name.size}")
    @Column(name = "venue_name", length = 200)
    private String name;

    @Size(max = 100, message = "{venue.room.size}")
    @Column(name = "venue_room", length = 100)
    private String room;

    @NotBlank(message = "{venue.city.required}")
    @Size(max = 100, message = "{venue.city.size}")
    @Column(name = "venue_city", length = 100)
    private String city;

    @NotBlank(message = "{venue.country.required}")
    @Size(max = 100, message = "{venue.country.size}")
    @Column(name = "venue_country", length = 100)
    private String country;

    protected Venue() {
        // for JPA
    }

    public Venue(String name, String room, String city, String country) {
        this.name = Text.trimToNull(name);
        this.room = Text.trimToNull(room);
        this.city = Text.trimToNull(city);
        this.country = Text.trimToNull(country);
    }

    public static Venue inCity(String city, String country) {
        return new Venue(null, null, city, country);
    }

    public String getName() {
        return name;
    }

    public String getRoom() {
        return room;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    /**
     * What makes two meetings share a room: the same room of the same venue in the same city, compared without regard
     * to case or to spaces around and inside the words ("Room 3" is "room  3"). Empty when the venue has no name or no
     * room: such a meeting never conflicts with another on rooms. The country is left out on purpose, so that "France"
     * and "FR" do not hide a double booking.
     */
    public java.util.Optional<String> roomKey() {
        if (name == null || room == null || city == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(normalised(city) + "|" + normalised(name) + "|" + normalised(room));
    }

    private static String normalised(String part) {
        return part.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** A one-line form for lists: "Name, room, City, Country" without the empty parts. */
    public String getLabel() {
        return java.util.stream.Stream.of(name, room, city, country)
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Venue v && Objects.equals(name, v.name) && Objects.equals(room, v.room)
                && Objects.equals(city, v.city) && Objects.equals(country, v.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, room, city, country);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}

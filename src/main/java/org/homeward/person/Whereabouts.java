package org.homeward.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.homeward.platform.FreeText;
import org.homeward.platform.PlainText;
import org.homeward.platform.Personal;

/**
 * Where the person was last known to be and is now (a facility, an institution, a foster family, a
 * region), and who confirmed it when.
 */
@Embeddable
@Personal
public class Whereabouts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "last_known_location", length = 300)
    private String lastKnownLocation;

    @Size(max = 300, message = "{text.tooLong}")
    @PlainText
    @Column(name = "current_location", length = 300)
    private String currentLocation;

    @Size(max = 200, message = "{text.tooLong}")
    @PlainText
    @Column(name = "location_confirmed_by", length = 200)
    private String locationConfirmedBy;

    @PastOrPresent(message = "{date.future}")
    @Column(name = "location_confirmed_on")
    private LocalDate locationConfirmedOn;

    public String getLastKnownLocation() {
        return lastKnownLocation;
    }

    public void setLastKnownLocation(String lastKnownLocation) {
        this.lastKnownLocation = FreeText.clean(lastKnownLocation);
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String currentLocation) {
        this.currentLocation = FreeText.clean(currentLocation);
    }

    public String getLocationConfirmedBy() {
        return locationConfirmedBy;
    }

    public void setLocationConfirmedBy(String locationConfirmedBy) {
        this.locationConfirmedBy = FreeText.clean(locationConfirmedBy);
    }

    public LocalDate getLocationConfirmedOn() {
        return locationConfirmedOn;
    }

    public void setLocationConfirmedOn(LocalDate locationConfirmedOn) {
        this.locationConfirmedOn = locationConfirmedOn;
    }
}

package org.homeward.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.homeward.person.Category;
import org.homeward.person.Side;

/** How many people of one category and side the round's terms agree to exchange ("1,000 for 1,000"). */
@Embeddable
public class Quota {

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 10)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 4)
    private Side side;

    @Column(name = "quota", nullable = false)
    private int count;

    protected Quota() {
    }

    public Quota(Category category, Side side, int count) {
        this.category = Objects.requireNonNull(category);
        this.side = Objects.requireNonNull(side);
        if (count < 0) {
            throw new IllegalArgumentException("a quota is not negative");
        }
        this.count = count;
    }

    public Category getCategory() {
        return category;
    }

    public Side getSide() {
        return side;
    }

    public int getCount() {
        return count;
    }

    /** As the round's history shows it: "POW/OWN 1000". */
    @Override
    public String toString() {
        return category + "/" + side + " " + count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quota q && q.category == category && q.side == side && q.count == count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, side, count);
    }
}

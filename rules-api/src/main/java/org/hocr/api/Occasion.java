package org.hocr.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One occasion of conduct: something a suspect did at one time.
 *
 * @param id          stable id, unique within the report (for example {@code "O1"})
 * @param date        when it happened
 * @param time        the time of day, if known
 * @param actorIds    the suspects who acted
 * @param aimedAtIds  the persons the conduct was aimed at
 * @param affectedIds persons the conduct was meant to affect through someone else (for example the
 *                    victim, when the suspect rang the victim's employer)
 * @param behaviours  what the suspect did
 * @param online      whether it was done in full or in part through a computer, network or device
 * @param reactions   how the persons it was aimed at or affected reacted, where known
 * @param breachOf    ids of orders this occasion is said to breach
 * @param otherOffences other offences committed on this occasion
 * @param communication what was sent, if this occasion was a communication
 * @param description optional free text (may hold personal data; never logged)
 */
public record Occasion(String id, LocalDate date, LocalTime time, List<String> actorIds, List<String> aimedAtIds,
                       List<String> affectedIds, List<Behaviour> behaviours, Answer online, List<Reaction> reactions,
                       List<String> breachOf, List<OtherOffence> otherOffences, Communication communication,
                       String description) {

    public Occasion {
        actorIds = Lists.copy(actorIds);
        aimedAtIds = Lists.copy(aimedAtIds);
        affectedIds = Lists.copy(affectedIds);
        behaviours = Lists.copy(behaviours);
        online = Answer.orUnknown(online);
        reactions = Lists.copy(reactions);
        breachOf = Lists.copy(breachOf);
        otherOffences = Lists.copy(otherOffences);
    }

    /** Starts an occasion. */
    public static Builder builder(String id, LocalDate date) {
        return new Builder(id, date);
    }

    /** The reaction of one person on this occasion, or an all-unknown reaction. */
    public Reaction reactionOf(String personId) {
        return reactions.stream().filter(r -> personId.equals(r.personId())).findFirst()
                .orElse(new Reaction(personId, null, null, null));
    }

    /** Builds an {@link Occasion}. */
    public static final class Builder {
        private final String id;
        private final LocalDate date;
        private LocalTime time;
        private final java.util.ArrayList<String> actors = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> aimedAt = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> affected = new java.util.ArrayList<>();
        private final java.util.ArrayList<Behaviour> behaviours = new java.util.ArrayList<>();
        private Answer online = Answer.UNKNOWN;
        private final java.util.ArrayList<Reaction> reactions = new java.util.ArrayList<>();
        private final java.util.ArrayList<String> breachOf = new java.util.ArrayList<>();
        private final java.util.ArrayList<OtherOffence> otherOffences = new java.util.ArrayList<>();
        private Communication communication;
        private String description;

        private Builder(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        public Builder at(LocalTime value) { this.time = value; return this; }
        public Builder by(String... suspectIds) { actors.addAll(List.of(suspectIds)); return this; }
        public Builder aimedAt(String... personIds) { aimedAt.addAll(List.of(personIds)); return this; }
        public Builder affecting(String... personIds) { affected.addAll(List.of(personIds)); return this; }
        public Builder behaviours(Behaviour... values) { behaviours.addAll(List.of(values)); return this; }
        public Builder online(Answer value) { this.online = value; return this; }
        public Builder reaction(Reaction value) { reactions.add(value); return this; }
        public Builder breaching(String... orderIds) { breachOf.addAll(List.of(orderIds)); return this; }
        public Builder otherOffence(OtherOffence value) { otherOffences.add(value); return this; }
        public Builder communication(Communication value) { this.communication = value; return this; }
        public Builder description(String value) { this.description = value; return this; }

        public Occasion build() {
            return new Occasion(id, date, time, actors, aimedAt, affected, behaviours, online, reactions, breachOf,
                    otherOffences, communication, description);
        }
    }
}

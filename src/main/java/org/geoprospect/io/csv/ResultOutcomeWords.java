package org.geoprospect.io.csv;

import java.util.HashMap;
import java.util.Map;
import org.geoprospect.model.ContactOutcome;

/**
 * The words an emailing tool, a call centre or a mail house writes for what became of a contact, in
 * English or French, compared after {@link ColumnNames#normalize} (case, accents and punctuation
 * ignored: "Envoyé", "ENVOYE" and "envoyé " are one word). "Refused, do not call", "ne plus appeler"
 * and "stop" are refusals that also ask for no more contact on the channel. Stateless and thread-safe.
 */
public final class ResultOutcomeWords {
    /** An outcome as a word names it. */
    public record Reading(ContactOutcome outcome, boolean doNotContact) {
    }

    private static final Map<String, Reading> WORDS = words();

    private ResultOutcomeWords() {
    }

    /** What a cell says, or null when it is no outcome word. */
    public static Reading of(String cell) {
        return cell == null ? null : WORDS.get(ColumnNames.normalize(cell));
    }

    /** The words understood, for sentences. */
    static String examples() {
        return "sent/envoyé, delivered/délivré, bounced/rejeté/NPAI, no answer/pas de réponse, answered/répondu/clicked,"
                + " refused/refusé, ne plus appeler/stop, order/commande, unsubscribed/désabonné, request/demande";
    }

    private static Map<String, Reading> words() {
        Map<String, Reading> w = new HashMap<>();
        put(w, ContactOutcome.SENT, false, "sent", "send", "envoye", "envoi", "envoyee", "posted", "poste", "expedie", "mailed");
        put(w, ContactOutcome.DELIVERED, false, "delivered", "delivre", "delivree", "livre", "remis", "recu", "received",
                "opened", "ouvert");
        put(w, ContactOutcome.BOUNCED, false, "bounced", "bounce", "rejete", "rejet", "npai", "hard_bounce", "soft_bounce",
                "invalide", "invalid", "faux_numero", "wrong_number", "non_distribue", "undeliverable", "erreur");
        put(w, ContactOutcome.NO_ANSWER, false, "no_answer", "noanswer", "no_reply", "no_response", "pas_de_reponse",
                "sans_reponse", "injoignable", "non_repondu", "non_joint", "absent", "messagerie", "repondeur", "voicemail",
                "occupe", "busy", "unreachable");
        put(w, ContactOutcome.ANSWERED, false, "answered", "answer", "replied", "reply", "repondu", "reponse", "clicked",
                "click", "clique", "clic", "joint", "reached", "interesse", "interested", "rappel", "callback");
        put(w, ContactOutcome.REFUSED, false, "refused", "refusal", "refus", "refuse", "refusee", "not_interested",
                "pas_interesse", "non_interesse", "declined", "decline");
        put(w, ContactOutcome.REFUSED, true, "refused_do_not_call", "do_not_call", "dnc", "ne_plus_appeler", "stop",
                "ne_plus_contacter", "do_not_contact", "refus_ne_plus_appeler", "refuse_ne_plus_appeler", "liste_rouge");
        put(w, ContactOutcome.ORDER, false, "order", "ordered", "commande", "commander", "achete", "achat", "purchase",
                "purchased", "bought", "vente", "sale", "converted", "conversion");
        put(w, ContactOutcome.UNSUBSCRIBED, true, "unsubscribed", "unsubscribe", "desabonne", "desabonnement", "desinscrit",
                "desinscription", "opt_out", "optout", "desinscrite", "desabonnee");
        put(w, ContactOutcome.REQUEST, false, "request", "requested", "demande", "demande_d_information", "information",
                "inquiry", "enquiry", "devis", "quote");
        return Map.copyOf(w);
    }

    private static void put(Map<String, Reading> w, ContactOutcome outcome, boolean doNotContact, String... words) {
        Reading reading = new Reading(outcome, doNotContact);
        for (String word : words) {
            w.put(ColumnNames.normalize(word), reading);
        }
    }
}

"""Claims within one document: propositions and the stances parties take on them.

A stance comes from a statement whose content holds an event ("Kirby claimed
*DPRK had provided weaponry*" -> USA asserts PRK AID RUS), from an event the
events stage marked as claimed or denied by someone, or from a denial that
points back at an allegation without restating it ("rejected *the
allegation*"). Mentions of the same proposition merge (see propositions.py).
Only contested or repeated propositions are claims: one party saying one thing
once is a statement, not a claim (GUIDE section 1, Claims). Precisely:

- contested: someone asserts (or relays) it and another party denies or questions it (inside
  one country, two sectors are two parties: aid workers against their government);
- repeated: at least two statements put it forward, and not only the doer's own
  side ("Russia said it sent grain", said twice, is an announcement);
- requests are no stances: "urged Russia to withdraw" does not claim a withdrawal;
- "accused *Iran* of supplying drones" makes Iran the doer of the supplying;
- "Russia has received drones from Tehran", "denied receiving any money": a
  receipt is the giver's aid seen from the receiving end; it joins an aid
  proposition already in the article (it never starts one);
- a pledge is both the saying and the act announced: "Japan *pledged* aid to
  Pakistan" is Japan asserting the proposition Japan AID Pakistan;
- "Moscow dismissed *the allegations*" in a lead, before the article tells them: the denial
  answers the first later allegation against the denier (mentions of one proposition are one
  claim whichever comes first);
- "Moscow's allegation that ... *drew a denial from Kyiv*": a denial coded in the article's own
  voice denies the allegation the accuser it targets made against the denier just before;
- "Moscow later *confirmed the reports*", "said *the reports were accurate*": a statement backing an
  allegation it names without restating it asserts the nearest one told before (confirmations.py);
- "said Baku had *refuted* the information": reporting another party's denial
  of an allegation as fact relays that denial;
- "denied *any role* in the crossings": a denial disowning a part in a deed points
  back at the allegation against the denier, however long;
- "Tehran rejected claims that it was behind the attack": a denied deed that only the denier's
  party holds (read inside the denial with another target) answers the one allegation of the same
  doer and kind another party backs;
- "Islamabad rejected the accusations made by India ... India foments terrorism on our soil": a denial
  naming an accuser whose allegation the article never tells, by a denier charging that accuser with
  one deed against it, rejects that charge turned round (the accuser's, against the denier);
- "rejected the accusations made *by Berlin*", "denied *Germany's* accusation that":
  the accuser a denial names holds the allegation it denies; a deed read there as aimed at
  that accuser, which only the accuser backs, is the accuser's own allegation of the deed;
- "Romania said it had *credible information* that Russian funds ... Moldova": a third
  party backing a contested allegation (both parties named, no deed of its own coded)
  repeats it;
- "Vilnius is alarmed by *the drills*" after another party told of Russia's drills: a
  statement naming again, by the article's word for it, a deed (naming no other party as its
  doer) takes it up as a new holder;
- "Israel said Iran was smuggling weapons to Hezbollah. Tehran denied arming the group": an
  allegation the events stage left uncoded, just before a coded denial, by another party naming the
  denied deed's doer and receiver, asserts the denied deed (answered.py);
- "four states cut ties with Qatar, *citing terrorism* ... accused the Qataris of *backing terrorism*":
  a reason cited for an act against a party, named by the words of the one deed alleged of that
  party, asserts that deed (reasons.py);
- "Serbia and Kosovo signed a deal, the EU said ... Belgrade said *the deal* was a step forward": a definite
  noun for an agreement names again the one signed agreement told, by a party to it (echoes.py);
- "the EU and Iran announced the deal ... Iran and six powers reached a deal": a signed agreement the
  events stage coded both ways is one proposition, told from its most frequent doer's side;
- "Nairobi blamed *the violence* on Mogadishu": an accusation whose object is a word for
  any deed asserts the one deed told earlier whose doer is the accused's country.

This module runs the mechanisms in order, each in its own module: event_mentions
(with framing and accusers), denials (anaphoric and relayed), receipts,
corroborations, echoes, blame, answered allegations, cited reasons,
confirmations, then assembly; mention holds the shared ``Mention`` record and
lexicon the claims word lists.
"""

from __future__ import annotations

from typing import Sequence

from ..records import ActorMention, Claim, Document, Event, Statement
from .answered import answered_allegations
from .assembly import assemble
from .blame import blamed_deeds
from .confirmations import confirmations
from .corroborations import corroborations
from .denials import anaphoric_denials, appended_denials, nominal_denials
from .echoes import agreement_echoes, echoes
from .event_mentions import event_mentions, one_way_agreements, undirected
from .mention import Mention
from .propositions import fold_lone_denials, fold_open_targets, fold_teller_targets
from .reasons import act_reasons, cited_reasons
from .receipts import receipts

MIN_SUPPORT = 2  # statements needed for an uncontested proposition to count as a claim


def build(
    document: Document, events: Sequence[Event], statements: Sequence[Statement], *, min_support: int = MIN_SUPPORT,
    actors: Sequence[ActorMention] = (),
) -> list[Claim]:
    """Claims of one document, contested ones first. ``actors`` are the document's coded actor
    mentions (the actors stage's table); without them a corroboration cannot be seen."""
    mentions = event_mentions(document, events, statements, actors)
    folded = fold_open_targets(m.sig for m in mentions)
    mentions = undirected([Mention(folded.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions])
    told = fold_teller_targets((m.sig, m.stance.holder, m.stance.stance) for m in mentions)
    mentions = [Mention(told.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions]
    lone = fold_lone_denials((m.sig, m.stance.holder, m.stance.stance) for m in mentions)
    mentions = [Mention(lone.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions]
    mentions += anaphoric_denials(document, events, statements, mentions, actors)
    mentions += appended_denials(document, mentions, actors)
    mentions += confirmations(document, statements, mentions)
    mentions += nominal_denials(document, events, statements, mentions)
    mentions += receipts(document, events, statements, mentions)
    mentions += corroborations(document, events, statements, mentions, actors)
    mentions += echoes(document, events, statements, mentions, actors)
    mentions += agreement_echoes(document, events, statements, mentions, actors)
    mentions += blamed_deeds(document, events, statements, mentions)
    mentions += answered_allegations(document, events, statements, mentions, actors)
    mentions += cited_reasons(document, events, statements, mentions)
    mentions += act_reasons(document, events, statements, mentions)
    return assemble(one_way_agreements(mentions, events), min_support)

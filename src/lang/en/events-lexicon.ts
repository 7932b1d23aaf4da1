/**
 * The PLOVER event lexicon: which words and phrases trigger which event, as data.
 *
 * One entry a line, fields separated by `|`:
 *   phrase  lemmas (wink-nlp, lower case) separated by spaces; `~` lets up to six words come between
 *           ("lift ~ sanction" matches "lifted the economic sanctions")
 *   pos     V verb, N noun, A adjective or participle ("willing", "opposed")
 *   type    PLOVER event type
 *   mode    PLOVER mode, `-` for none
 *   cameo   the closest CAMEO code, `-` for none
 *   frame   where the recipient is found, in order of preference: `obj` (direct object) or a preposition
 *           ("with", "to", "on", "against", "of", …). Flags:
 *           `ctrl`  the word governs another event ("agreed to withdraw", "refused to meet", "demanded the
 *                   release of"), which it absorbs: the embedded event gives the mode and, failing its own,
 *                   the recipient;
 *           `need`  keep the event only with a recipient or an absorbed event ("called Xi" but not "called it
 *                   a mistake"; "met Lavrov" but not "met the deadline");
 *           `refused` keep the event only as a stated refusal ("would not accept ultimatums", a REJECT), for
 *                   verbs too common to be an event otherwise.
 * A type of `-` marks a phrase that is no event and keeps its words from triggering one ("met the deadline").
 * The subject is the source (`actor`) for every entry; passives ("X was attacked by Y") swap the roles.
 * A longer phrase wins over a shorter one starting on the same word.
 */
export const EVENT_LEXICON: string = `
# ---- not events: phrases that block a shorter trigger ("met the deadline", "sent a message") ----
meet ~ deadline       | V | -         | -              | -    | -
meet ~ target         | V | -         | -              | -    | -
meet ~ need           | V | -         | -              | -    | -
meet ~ expectation    | V | -         | -              | -    | -
meet ~ requirement    | V | -         | -              | -    | -
send ~ message        | V | -         | -              | -    | -
send ~ signal         | V | -         | -              | -    | -
send ~ letter         | V | -         | -              | -    | -
give ~ speech         | V | -         | -              | -    | -
give ~ interview      | V | -         | -              | -    | -
give ~ detail         | V | -         | -              | -    | -
call ~ election       | V | -         | -              | -    | -
call ~ vote           | V | -         | -              | -    | -
provide ~ detail      | V | -         | -              | -    | -
provide ~ evidence    | V | -         | -              | -    | -
take ~ step           | V | -         | -              | -    | -
negotiating table     | N | -         | -              | -    | -
return to             | V | -         | -              | -    | -
return home           | V | -         | -              | -    | -
engage in             | V | -         | -              | -    | -
fire ~ official       | V | -         | -              | -    | -
fire ~ minister       | V | -         | -              | -    | -

# ---- AGREE: offers, promises, intent to cooperate -------------------------------------------
agree                 | V | AGREE     | -              | 030  | with on to ctrl
reach ~ agreement     | V | AGREE     | -              | 030  | with between
reach ~ consensus     | V | AGREE     | -              | 030  | with between
reach ~ deal          | V | AGREE     | -              | 030  | with between
reach ~ understanding | V | AGREE     | -              | 030  | with between
offer                 | V | AGREE     | -              | 030  | to obj ctrl need
offer                 | N | AGREE     | -              | 030  | to of ctrl
promise               | V | AGREE     | -              | 030  | obj to ctrl
promise               | N | AGREE     | -              | 030  | to ctrl
pledge                | V | AGREE     | -              | 030  | obj to ctrl
pledge                | N | AGREE     | -              | 030  | to ctrl
vow                   | V | AGREE     | -              | 030  | to ctrl
commit to             | V | AGREE     | -              | 030  | ctrl
volunteer             | V | AGREE     | -              | 030  | to ctrl
propose               | V | AGREE     | -              | 030  | to obj ctrl need
proposal              | N | AGREE     | -              | 030  | to for ctrl
invite                | V | AGREE     | -              | 036  | obj ctrl
invitation            | N | AGREE     | -              | 036  | to from ctrl
accept ~ invitation   | V | AGREE     | -              | 036  | from
accept ~ proposal     | V | AGREE     | -              | 030  | from of
# an agreement named with the verb of its relative clause: "the agreement he reached with Kerry"
agreement ~ reach     | V | AGREE     | -              | 030  | with between
agreement ~ strike    | V | AGREE     | -              | 030  | with between
agreement ~ conclude  | V | AGREE     | -              | 030  | with between
deal ~ reach          | V | AGREE     | -              | 030  | with between
deal ~ strike         | V | AGREE     | -              | 030  | with between
deal ~ cut            | V | AGREE     | -              | 030  | with between
accord ~ reach        | V | AGREE     | -              | 030  | with between
understanding ~ reach | V | AGREE     | -              | 030  | with between
compromise ~ reach    | V | AGREE     | -              | 030  | with between
willing               | A | AGREE     | -              | 030  | to ctrl
ready                 | A | AGREE     | -              | 030  | to ctrl need
prepared              | A | AGREE     | -              | 030  | to ctrl need
open to               | A | AGREE     | -              | 030  | ctrl need
express ~ willingness | V | AGREE     | -              | 030  | to ctrl
express ~ readiness   | V | AGREE     | -              | 030  | to ctrl
consent               | V | AGREE     | -              | 030  | to ctrl

# ---- CONSULT: meetings, visits, calls, negotiation --------------------------------------------
meet                  | V | CONSULT   | meet           | 040  | obj with need
meeting               | N | CONSULT   | meet           | 040  | with between
talk                  | V | CONSULT   | meet           | 040  | with to need
talk                  | N | CONSULT   | meet           | 046  | with between
speak                 | V | CONSULT   | meet           | 040  | with to need
discuss               | V | CONSULT   | meet           | 040  | with need
discussion            | N | CONSULT   | meet           | 040  | with between
confer                | V | CONSULT   | meet           | 040  | with need
consult               | V | CONSULT   | meet           | 040  | obj with need
consultation          | N | CONSULT   | meet           | 040  | with between
negotiate             | V | CONSULT   | meet           | 046  | with obj
negotiation           | N | CONSULT   | meet           | 046  | with between
mediate               | V | CONSULT   | third-party    | 045  | between in
mediation             | N | CONSULT   | third-party    | 045  | between in
dialogue              | N | CONSULT   | meet           | 040  | with between
summit                | N | CONSULT   | multilateral   | 040  | with between
engage                | V | CONSULT   | meet           | 040  | with need
engage in ~ diplomacy | V | CONSULT   | meet           | 040  | with
engage in ~ talk      | V | CONSULT   | meet           | 046  | with
engage in that        | V | CONSULT   | meet           | 040  | with need
engage in it          | V | CONSULT   | meet           | 040  | with need
engage in this        | V | CONSULT   | meet           | 040  | with need
engage in ~ dialogue  | V | CONSULT   | meet           | 040  | with
engage in ~ negotiation | V | CONSULT | meet           | 046  | with
engagement            | N | CONSULT   | meet           | 040  | with between
contact               | N | CONSULT   | meet           | 040  | with between
contact               | V | CONSULT   | phone          | 041  | obj need
visit                 | V | CONSULT   | visit          | 042  | obj need
visit                 | N | CONSULT   | visit          | 042  | to
trip                  | N | CONSULT   | visit          | 042  | to
host                  | V | CONSULT   | visit          | 043  | obj need
receive               | V | CONSULT   | visit          | 043  | obj need
give ~ welcome        | V | CONSULT   | visit          | 043  | to
call                  | V | CONSULT   | phone          | 041  | obj need
call                  | N | CONSULT   | phone          | 041  | with between to
phone call            | N | CONSULT   | phone          | 041  | with between to
telephone call        | N | CONSULT   | phone          | 041  | with between to
phone                 | V | CONSULT   | phone          | 041  | obj need
telephone             | V | CONSULT   | phone          | 041  | obj need
video call            | N | CONSULT   | phone          | 041  | with between
videoconference       | N | CONSULT   | phone          | 041  | with between
conversation          | N | CONSULT   | meet           | 040  | with between
reach out to          | V | CONSULT   | meet           | 040  | obj need
sit down with         | V | CONSULT   | meet           | 040  | obj need

# ---- SUPPORT: praise, endorsement, recognition, signing --------------------------------------
praise                | V | SUPPORT   | -              | 051  | obj
commend               | V | SUPPORT   | -              | 051  | obj
hail                  | V | SUPPORT   | -              | 051  | obj
applaud               | V | SUPPORT   | -              | 051  | obj
laud                  | V | SUPPORT   | -              | 051  | obj
congratulate          | V | SUPPORT   | -              | 051  | obj
thank                 | V | SUPPORT   | -              | 051  | obj
welcome               | V | SUPPORT   | -              | 051  | obj
endorse               | V | SUPPORT   | -              | 051  | obj
back                  | V | SUPPORT   | -              | 051  | obj need
support               | V | SUPPORT   | -              | 051  | obj
support               | N | SUPPORT   | -              | 051  | for to
express ~ support     | V | SUPPORT   | -              | 051  | for to
express ~ solidarity  | V | SUPPORT   | -              | 051  | with
defend                | V | SUPPORT   | -              | 052  | obj
rally ~ support       | V | SUPPORT   | -              | 053  | for
recognize             | V | SUPPORT   | -              | 054  | obj
recognise             | V | SUPPORT   | -              | 054  | obj
recognition           | N | SUPPORT   | -              | 054  | of
establish ~ tie       | V | SUPPORT   | -              | 054  | with
establish ~ relation  | V | SUPPORT   | -              | 054  | with
restore ~ tie         | V | SUPPORT   | -              | 054  | with
restore ~ relation    | V | SUPPORT   | -              | 054  | with
normalize ~ relation  | V | SUPPORT   | -              | 054  | with
open ~ embassy        | V | SUPPORT   | -              | 054  | in
apologize             | V | SUPPORT   | -              | 055  | to
apologise             | V | SUPPORT   | -              | 055  | to
apology               | N | SUPPORT   | -              | 055  | to
forgive               | V | SUPPORT   | -              | 056  | obj
sign                  | V | SUPPORT   | -              | 057  | with
ratify                | V | SUPPORT   | -              | 057  | with

# ---- COOPERATE: material cooperation ----------------------------------------------------------
cooperate             | V | COOPERATE | -              | 060  | with
co-operate            | V | COOPERATE | -              | 060  | with
cooperation           | N | COOPERATE | -              | 060  | with between
collaborate           | V | COOPERATE | -              | 060  | with
partnership           | N | COOPERATE | -              | 060  | with between
joint ~ exercise      | N | COOPERATE | -              | 062  | with
military exercise     | N | COOPERATE | -              | 062  | with
extradite             | V | COOPERATE | -              | 063  | to obj
extradition           | N | COOPERATE | -              | 063  | to of
hand over             | V | COOPERATE | -              | 063  | to obj
share ~ intelligence  | V | COOPERATE | -              | 064  | with
share ~ information   | V | COOPERATE | -              | 064  | with
exchange ~ information | V | COOPERATE | -             | 064  | with
exchange ~ prisoner   | V | COOPERATE | -              | 063  | with
invest                | V | COOPERATE | -              | 061  | in

# ---- AID: material aid ---------------------------------------------------------------------------
aid                   | N | AID       | -              | 070  | to for
assistance            | N | AID       | -              | 070  | to for
provide               | V | AID       | -              | 070  | to obj need
give                  | V | AID       | -              | 070  | obj to need
send                  | V | AID       | -              | 070  | to obj need
contribute            | V | AID       | -              | 070  | to need
donate                | V | AID       | -              | 071  | to
supply                | V | AID       | -              | 072  | to obj need
deliver               | V | AID       | -              | 070  | to need
fund                  | V | AID       | -              | 071  | obj
funding               | N | AID       | -              | 071  | to for
loan                  | N | AID       | -              | 071  | to
military support      | N | AID       | -              | 072  | to for
financial support     | N | AID       | -              | 071  | to for
economic support      | N | AID       | -              | 071  | to for
help                  | V | AID       | -              | 070  | obj need
grant ~ asylum        | V | AID       | -              | 075  | to obj
asylum                | N | AID       | -              | 075  | to
shelter               | V | AID       | -              | 075  | obj need

# ---- CONCEDE: verbal concessions, easing of restrictions ---------------------------------------
lift ~ curfew         | V | CONCEDE   | -              | 081  | in on
lift ~ ban            | V | CONCEDE   | -              | 081  | on
lift ~ restriction    | V | CONCEDE   | -              | 081  | on
lift ~ emergency      | V | CONCEDE   | -              | 081  | in
lift ~ martial        | V | CONCEDE   | -              | 081  | in
ease ~ curfew         | V | CONCEDE   | -              | 081  | in on
ease ~ restriction    | V | CONCEDE   | -              | 081  | on
relax ~ restriction   | V | CONCEDE   | -              | 081  | on
shorten ~ curfew      | V | CONCEDE   | -              | 081  | in
accept ~ demand       | V | CONCEDE   | -              | 083  | from of
meet ~ demand         | V | CONCEDE   | -              | 083  | of
accede                | V | CONCEDE   | -              | 083  | to
accept                | V | CONCEDE   | -              | 083  | obj refused
accept ~ condition    | V | CONCEDE   | -              | 083  | from of
accept ~ term         | V | CONCEDE   | -              | 083  | from of
accept ~ plan         | V | CONCEDE   | -              | 083  | from of
accept ~ deal         | V | CONCEDE   | -              | 083  | from of
accept ~ compromise   | V | CONCEDE   | -              | 083  | from of
accept ~ ceasefire    | V | CONCEDE   | -              | 083  | from of
accept ~ mediation    | V | CONCEDE   | -              | 083  | from of
accept ~ resolution   | V | CONCEDE   | -              | 083  | from of
give in to            | V | CONCEDE   | -              | 083  | obj
back down             | V | CONCEDE   | -              | 080  | on over
yield                 | V | CONCEDE   | -              | 080  | to
concession            | N | CONCEDE   | -              | 080  | to
allow                 | V | CONCEDE   | -              | 080  | obj ctrl
permit                | V | CONCEDE   | -              | 080  | obj ctrl

# ---- RETREAT: material concessions: withdrawal, release, ceasefire ----------------------------
withdraw              | V | RETREAT   | withdraw       | 087  | from obj
withdrawal            | N | RETREAT   | withdraw       | 087  | from of
pull out              | V | RETREAT   | withdraw       | 087  | of from
pull back             | V | RETREAT   | withdraw       | 087  | from
pullback              | N | RETREAT   | withdraw       | 087  | from
retreat               | V | RETREAT   | withdraw       | 0874 | from
release               | V | RETREAT   | release        | 0841 | obj
release               | N | RETREAT   | release        | 0841 | of
free                  | V | RETREAT   | release        | 0841 | obj need
return                | V | RETREAT   | return         | 0842 | obj to
return                | N | RETREAT   | return         | 0842 | of to need
pay ~ compensation    | V | RETREAT   | return         | 0842 | to
compensate            | V | RETREAT   | return         | 0842 | obj
ceasefire             | N | RETREAT   | ceasefire      | 0871 | with between
cease ~ fire          | N | RETREAT   | ceasefire      | 0871 | with between
truce                 | N | RETREAT   | ceasefire      | 0871 | with between
demobilize            | V | RETREAT   | disarm         | 0873 | obj
demobilise            | V | RETREAT   | disarm         | 0873 | obj
disarm                | V | RETREAT   | disarm         | 0873 | obj
disarmament           | N | RETREAT   | disarm         | 0873 | of
lay down ~ arm        | V | RETREAT   | disarm         | 0874 | to
lay down ~ weapon     | V | RETREAT   | disarm         | 0874 | to
surrender             | V | RETREAT   | disarm         | 0874 | to
resign                | V | RETREAT   | resign         | -    | from
resignation           | N | RETREAT   | resign         | -    | of
step down             | V | RETREAT   | resign         | -    | from
grant ~ access        | V | RETREAT   | access         | 086  | to
humanitarian access   | N | RETREAT   | access         | 0863 | to for
lift ~ sanction       | V | RETREAT   | -              | 085  | on against to
lift ~ embargo        | V | RETREAT   | -              | 085  | on against to
ease ~ sanction       | V | RETREAT   | -              | 085  | on against to
lift ~ blockade       | V | RETREAT   | withdraw       | 0872 | of on
lift ~ siege          | V | RETREAT   | withdraw       | 0872 | of on

# ---- REQUEST: requests, demands, appeals -------------------------------------------------------
demand                | V | REQUEST   | -              | 100  | that obj from of ctrl
demand                | N | REQUEST   | -              | 100  | that from of for on ctrl
ask                   | V | REQUEST   | -              | 100  | that obj for ctrl
urge                  | V | REQUEST   | -              | 100  | that obj ctrl
call on               | V | REQUEST   | -              | 100  | obj ctrl
call for              | V | REQUEST   | -              | 100  | that obj ctrl
call for              | N | REQUEST   | -              | 100  | ctrl
request               | V | REQUEST   | -              | 100  | that obj from ctrl
request               | N | REQUEST   | -              | 100  | that from to for ctrl
appeal                | V | REQUEST   | -              | 100  | to for ctrl
appeal                | N | REQUEST   | -              | 100  | to for ctrl
press                 | V | REQUEST   | -              | 100  | obj for ctrl need
push for              | V | REQUEST   | -              | 100  | obj ctrl
push ~ for            | V | REQUEST   | -              | 100  | obj ctrl
seek ~ release        | V | REQUEST   | yield          | 1053 | from
seek ~ return         | V | REQUEST   | yield          | 1053 | from
seek ~ extradition    | V | REQUEST   | assist         | 1013 | from
seek ~ help           | V | REQUEST   | assist         | 103  | from
seek ~ support        | V | REQUEST   | assist         | 102  | from
seek ~ aid            | V | REQUEST   | assist         | 103  | from
seek ~ assistance     | V | REQUEST   | assist         | 103  | from
plead                 | V | REQUEST   | -              | 100  | with for ctrl
reminder              | N | REQUEST   | -              | 100  | to ctrl
insist on             | V | REQUEST   | -              | 100  | that ctrl

# ---- ACCUSE: criticism, accusations, investigations, lawsuits ----------------------------------
accuse                | V | ACCUSE    | allege         | 112  | obj
accusation            | N | ACCUSE    | allege         | 112  | against
allegation            | N | ACCUSE    | allege         | 112  | against
blame                 | V | ACCUSE    | allege         | 112  | obj for
charge                | V | ACCUSE    | allege         | 112  | obj need
criticize             | V | ACCUSE    | disapprove     | 111  | obj
criticise             | V | ACCUSE    | disapprove     | 111  | obj
disapproval           | N | ACCUSE    | disapprove     | 111  | of for with
criticism             | N | ACCUSE    | disapprove     | 111  | of
critical              | A | ACCUSE    | disapprove     | 111  | of
condemn               | V | ACCUSE    | disapprove     | 111  | obj
condemnation          | N | ACCUSE    | disapprove     | 111  | of
denounce              | V | ACCUSE    | disapprove     | 111  | obj
decry                 | V | ACCUSE    | disapprove     | 111  | obj
deplore               | V | ACCUSE    | disapprove     | 111  | obj
rebuke                | V | ACCUSE    | disapprove     | 111  | obj
reprimand             | V | ACCUSE    | disapprove     | 111  | obj
censure               | V | ACCUSE    | disapprove     | 111  | obj
slam                  | V | ACCUSE    | disapprove     | 111  | obj
lambaste              | V | ACCUSE    | disapprove     | 111  | obj
object to             | V | ACCUSE    | disapprove     | 111  | obj
objection             | N | ACCUSE    | disapprove     | 111  | to
complain              | V | ACCUSE    | allege         | 114  | about over against to
complaint             | N | ACCUSE    | allege         | 114  | to against
lodge ~ protest       | V | ACCUSE    | allege         | 114  | with to
summon                | V | ACCUSE    | disapprove     | 114  | obj
investigate           | V | ACCUSE    | investigate    | 090  | obj
investigation         | N | ACCUSE    | investigate    | 090  | into of against
probe                 | V | ACCUSE    | investigate    | 090  | obj
probe                 | N | ACCUSE    | investigate    | 090  | into of
inquiry               | N | ACCUSE    | investigate    | 090  | into of
hearing               | N | ACCUSE    | investigate    | 090  | into of
indict                | V | ACCUSE    | allege         | 115  | obj
indictment            | N | ACCUSE    | allege         | 115  | against of
sue                   | V | ACCUSE    | allege         | 115  | obj
lawsuit               | N | ACCUSE    | allege         | 115  | against

# ---- REJECT: rejections and refusals ---------------------------------------------------------------
reject                | V | REJECT    | -              | 120  | obj ctrl
rejection             | N | REJECT    | -              | 120  | of ctrl
refuse                | V | REJECT    | -              | 120  | obj ctrl
refusal               | N | REJECT    | -              | 120  | ctrl
decline               | V | REJECT    | -              | 120  | obj ctrl need
rebuff                | V | REJECT    | -              | 120  | obj ctrl
turn down             | V | REJECT    | -              | 120  | obj ctrl
turn ~ down           | V | REJECT    | -              | 120  | obj ctrl
rule out              | V | REJECT    | -              | 120  | obj ctrl
brush aside           | V | REJECT    | -              | 120  | obj
brush off             | V | REJECT    | -              | 120  | obj
shrug off             | V | REJECT    | -              | 120  | obj
back out of           | V | REJECT    | -              | 120  | obj
walk out of ~ talk    | V | REJECT    | meet           | 125  | with
walk out of ~ meeting | V | REJECT    | meet           | 125  | with
walk away from ~ talk | V | REJECT    | meet           | 125  | with
walk away from ~ deal | V | REJECT    | -              | 120  | with
pull out of ~ talk    | V | REJECT    | meet           | 125  | with
deny                  | V | REJECT    | -              | 120  | obj ctrl
dismiss               | V | REJECT    | -              | 120  | obj ctrl
oppose                | V | REJECT    | -              | 120  | obj ctrl
opposed               | A | REJECT    | -              | 120  | to ctrl
resist                | V | REJECT    | -              | 120  | obj ctrl
snub                  | V | REJECT    | meet           | 125  | obj
veto                  | V | REJECT    | yield          | 129  | obj
veto                  | N | REJECT    | yield          | 129  | of on
defy                  | V | REJECT    | yield          | 128  | obj
violate ~ ban         | V | REJECT    | yield          | 128  | by
violate ~ law         | V | REJECT    | yield          | 128  | of

# ---- THREATEN: threats, ultimatums, warnings ------------------------------------------------------
threaten              | V | THREATEN  | -              | 130  | obj with ctrl
threat                | N | THREATEN  | -              | 130  | to against ctrl
warn                  | V | THREATEN  | -              | 130  | that obj ctrl need
warning               | N | THREATEN  | -              | 130  | to against ctrl
intimidate            | V | THREATEN  | -              | 130  | obj
menace                | V | THREATEN  | -              | 130  | obj
ultimatum             | N | THREATEN  | relations      | 139  | to ctrl
issue ~ ultimatum     | V | THREATEN  | relations      | 139  | to ctrl

# ---- PROTEST: demonstrations, strikes, riots, obstruction -----------------------------------------
demonstrate           | V | PROTEST   | demo           | 141  | against
demonstration         | N | PROTEST   | demo           | 141  | against
protest               | V | PROTEST   | demo           | 141  | against obj
protest               | N | PROTEST   | demo           | 141  | against
rally                 | N | PROTEST   | demo           | 141  | against
rally                 | V | PROTEST   | demo           | 141  | against
sit-in                | N | PROTEST   | demo           | 141  | against
hunger strike         | N | PROTEST   | hunger         | 142  | against
general strike        | N | PROTEST   | strike         | 143  | against
strike                | N | PROTEST   | strike         | 143  | against
go on strike          | V | PROTEST   | strike         | 143  | against
boycott               | V | PROTEST   | boycott        | 143  | obj
boycott               | N | PROTEST   | boycott        | 143  | of
block ~ road          | V | PROTEST   | obstruct       | 144  | to
block ~ street        | V | PROTEST   | obstruct       | 144  | to
block ~ highway       | V | PROTEST   | obstruct       | 144  | to
block ~ bridge        | V | PROTEST   | obstruct       | 144  | to
blockade ~ road       | V | PROTEST   | obstruct       | 144  | to
riot                  | V | PROTEST   | riot           | 145  | against
riot                  | N | PROTEST   | riot           | 145  | against
throw ~ stone         | V | PROTEST   | riot           | 145  | at

# ---- MOBILIZE: troop and police moves short of force ------------------------------------------------
mobilize              | V | MOBILIZE  | troops         | 154  | obj against
mobilise              | V | MOBILIZE  | troops         | 154  | obj against
mobilization          | N | MOBILIZE  | troops         | 154  | of against
deploy                | V | MOBILIZE  | troops         | 154  | to in
deployment            | N | MOBILIZE  | troops         | 154  | to in
send ~ troop          | V | MOBILIZE  | troops         | 154  | to into
send ~ force          | V | MOBILIZE  | troops         | 154  | to into
send ~ soldier        | V | MOBILIZE  | troops         | 154  | to into
mass ~ troop          | V | MOBILIZE  | troops         | 154  | near on
build-up              | N | MOBILIZE  | troops         | 154  | near on
buildup               | N | MOBILIZE  | troops         | 154  | near on
reinforce             | V | MOBILIZE  | troops         | 154  | obj
reinforcement         | N | MOBILIZE  | troops         | 154  | to
put ~ on alert        | V | MOBILIZE  | troops         | 152  | -
high alert            | N | MOBILIZE  | troops         | 152  | -
patrol                | N | MOBILIZE  | police         | 153  | in
test ~ missile        | V | MOBILIZE  | weapons        | 150  | -
missile test          | N | MOBILIZE  | weapons        | 150  | -

# ---- SANCTION: reduced relations, sanctions, expulsions, convictions ---------------------------------
sanction              | N | SANCTION  | discontinue    | 163  | on against
sanction              | V | SANCTION  | discontinue    | 163  | obj
embargo               | N | SANCTION  | discontinue    | 163  | on against
cut off ~ tie         | V | SANCTION  | discontinue    | 161  | with
cut off ~ relation    | V | SANCTION  | discontinue    | 161  | with
cut off ~ contact     | V | SANCTION  | discontinue    | 161  | with
cut off ~ aid         | V | SANCTION  | discontinue    | 162  | to
cut ~ aid             | V | SANCTION  | discontinue    | 162  | to
sever ~ tie           | V | SANCTION  | discontinue    | 161  | with
sever ~ relation      | V | SANCTION  | discontinue    | 161  | with
break off ~ relation  | V | SANCTION  | discontinue    | 161  | with
break off ~ tie       | V | SANCTION  | discontinue    | 161  | with
break off ~ talk      | V | SANCTION  | withdraw       | 164  | with
suspend ~ talk        | V | SANCTION  | withdraw       | 164  | with
suspend ~ aid         | V | SANCTION  | discontinue    | 162  | to
suspend ~ cooperation | V | SANCTION  | discontinue    | 160  | with
halt ~ aid            | V | SANCTION  | discontinue    | 162  | to
halt ~ mediation      | V | SANCTION  | withdraw       | 165  | among between
halt ~ negotiation    | V | SANCTION  | withdraw       | 164  | with
reduce ~ aid          | V | SANCTION  | discontinue    | 162  | to
reduce ~ supply       | V | SANCTION  | discontinue    | 162  | to
freeze ~ asset        | V | SANCTION  | discontinue    | 163  | of
prohibit ~ aid        | V | SANCTION  | discontinue    | 162  | to
expel                 | V | SANCTION  | expel          | 166  | obj from
expulsion             | N | SANCTION  | expel          | 166  | of from
recall ~ ambassador   | V | SANCTION  | withdraw       | 161  | from to
withdraw ~ ambassador | V | SANCTION  | withdraw       | 161  | from to
withdraw from ~ treaty | V | SANCTION | withdraw       | 161  | with
withdraw from ~ agreement | V | SANCTION | withdraw    | 161  | with
withdraw from ~ deal  | V | SANCTION  | withdraw       | 161  | with
pull out of ~ treaty  | V | SANCTION  | withdraw       | 161  | with
pull out of ~ deal    | V | SANCTION  | withdraw       | 161  | with
cancel                | V | SANCTION  | discontinue    | 160  | obj ctrl
call off              | V | SANCTION  | discontinue    | 160  | obj ctrl
convict               | V | SANCTION  | convict        | 116  | obj
sentence              | V | SANCTION  | convict        | 116  | obj
find ~ guilty         | V | SANCTION  | convict        | 116  | -

# ---- COERCE: arrests, seizures, bans, curfews, blockades, cyber attacks -----------------------------
arrest                | V | COERCE    | arrest         | 173  | obj
arrest                | N | COERCE    | arrest         | 173  | of
detain                | V | COERCE    | arrest         | 173  | obj
detention             | N | COERCE    | arrest         | 173  | of
jail                  | V | COERCE    | arrest         | 173  | obj
imprison              | V | COERCE    | arrest         | 173  | obj
round up              | V | COERCE    | arrest         | 173  | obj
seize                 | V | COERCE    | seize          | 171  | obj from
seizure               | N | COERCE    | seize          | 171  | of
confiscate            | V | COERCE    | seize          | 1711 | obj from
confiscation          | N | COERCE    | seize          | 1711 | of
raid                  | V | COERCE    | seize          | 171  | obj
raid                  | N | COERCE    | seize          | 171  | on
occupy                | V | COERCE    | seize          | 192  | obj
occupation            | N | COERCE    | seize          | 192  | of
annex                 | V | COERCE    | seize          | 192  | obj
annexation            | N | COERCE    | seize          | 192  | of
capture               | V | COERCE    | seize          | 192  | obj
take control of       | V | COERCE    | seize          | 192  | obj
ban                   | V | COERCE    | ban            | 1722 | obj
ban                   | N | COERCE    | ban            | 1722 | on
impose ~ restriction  | V | COERCE    | restrict       | 172  | on against
restriction           | N | COERCE    | restrict       | 172  | on against
curfew                | N | COERCE    | curfew         | 1723 | in on
impose ~ curfew       | V | COERCE    | curfew         | 1723 | in on
extend ~ curfew       | V | COERCE    | curfew         | 1723 | in on
martial law           | N | COERCE    | martial-law    | 1724 | in
state of emergency    | N | COERCE    | martial-law    | 1724 | in
blockade              | N | COERCE    | restrict       | 191  | of on
blockade              | V | COERCE    | restrict       | 191  | obj
siege                 | N | COERCE    | restrict       | 191  | of on
besiege               | V | COERCE    | restrict       | 191  | obj
close ~ border        | V | COERCE    | restrict       | 191  | with to
crack down           | V | COERCE    | restrict       | 172  | on
crackdown             | N | COERCE    | restrict       | 172  | on against
deport                | V | COERCE    | deport         | 174  | obj to
deportation           | N | COERCE    | deport         | 174  | of to
force out             | V | COERCE    | deport         | 174  | obj of
censor                | V | COERCE    | censor         | 1721 | obj
shut down             | V | COERCE    | censor         | 1721 | obj
suspend ~ publication | V | COERCE    | censor         | 1721 | -
hack                  | V | COERCE    | cyber          | -    | obj into
hack into             | V | COERCE    | cyber          | -    | obj
cyberattack           | N | COERCE    | cyber          | -    | on against
cyber attack          | N | COERCE    | cyber          | -    | on against
cut off ~ electricity | V | COERCE    | withhold       | -    | to
cut off ~ power       | V | COERCE    | withhold       | -    | to
cut off ~ water       | V | COERCE    | withhold       | -    | to
cut off ~ gas         | V | COERCE    | withhold       | -    | to
cut off ~ supply      | V | COERCE    | withhold       | -    | to

# ---- ASSAULT: violence -------------------------------------------------------------------------------
attack                | V | ASSAULT   | -              | 190  | obj
attack                | N | ASSAULT   | -              | 190  | on against in
assault               | V | ASSAULT   | beat           | 182  | obj
assault               | N | ASSAULT   | -              | 190  | on against
invade                | V | ASSAULT   | -              | 190  | obj
invasion              | N | ASSAULT   | -              | 190  | of
offensive             | N | ASSAULT   | -              | 190  | against on in
fight                 | V | ASSAULT   | -              | 190  | obj against with
fighting              | N | ASSAULT   | -              | 190  | with between against
battle                | N | ASSAULT   | -              | 190  | with between against
retaliate             | V | ASSAULT   | -              | 190  | against
retaliation           | N | ASSAULT   | -              | 190  | against for
clash                 | V | ASSAULT   | -              | 190  | with
clash                 | N | ASSAULT   | -              | 190  | with between
wage ~ war            | V | ASSAULT   | -              | 190  | on against
kill                  | V | ASSAULT   | -              | 180  | obj
murder                | V | ASSAULT   | -              | 180  | obj
wound                 | V | ASSAULT   | -              | 180  | obj
injure                | V | ASSAULT   | -              | 180  | obj
massacre              | V | ASSAULT   | -              | 202  | obj
massacre              | N | ASSAULT   | -              | 202  | of
ethnic cleansing      | N | ASSAULT   | -              | 203  | of against
execute               | V | ASSAULT   | targeted       | 186  | obj
assassinate           | V | ASSAULT   | targeted       | 186  | obj
assassination         | N | ASSAULT   | targeted       | 186  | of
kidnap                | V | ASSAULT   | abduct         | 181  | obj
abduct                | V | ASSAULT   | abduct         | 181  | obj
hijack                | V | ASSAULT   | abduct         | 181  | obj
take ~ hostage        | V | ASSAULT   | abduct         | 181  | obj
torture               | V | ASSAULT   | torture        | 1822 | obj
torture               | N | ASSAULT   | torture        | 1822 | of
sexually abuse        | V | ASSAULT   | sexual         | 1821 | obj
rape                  | V | ASSAULT   | sexual         | 1821 | obj
beat                  | V | ASSAULT   | beat           | 182  | obj need
ambush                | V | ASSAULT   | -              | 190  | obj
ambush                | N | ASSAULT   | -              | 190  | on against
storm                 | V | ASSAULT   | -              | 190  | obj need
overrun               | V | ASSAULT   | -              | 190  | obj
retake                | V | ASSAULT   | -              | 190  | obj
recapture             | V | ASSAULT   | -              | 190  | obj
demolish              | V | ASSAULT   | destroy        | 1712 | obj
destroy               | V | ASSAULT   | destroy        | 1712 | obj
blow up               | V | ASSAULT   | explosives     | 183  | obj
explode               | V | ASSAULT   | explosives     | 183  | obj in
explosion             | N | ASSAULT   | explosives     | 183  | in
bomb                  | V | ASSAULT   | aerial         | 195  | obj
bombing               | N | ASSAULT   | explosives     | 183  | of in
car bomb              | N | ASSAULT   | explosives     | 1832 | in
roadside bomb         | N | ASSAULT   | explosives     | 1833 | in
explosive device      | N | ASSAULT   | explosives     | 183  | in
suicide bombing       | N | ASSAULT   | suicide-attack | 1831 | in
suicide attack        | N | ASSAULT   | suicide-attack | 1831 | in on
suicide bomber        | N | ASSAULT   | suicide-attack | 1831 | in
air strike            | N | ASSAULT   | aerial         | 195  | on against
airstrike             | N | ASSAULT   | aerial         | 195  | on against
air raid              | N | ASSAULT   | aerial         | 195  | on against
drone strike          | N | ASSAULT   | drone          | 195  | on against
drone attack          | N | ASSAULT   | drone          | 195  | on against
missile strike        | N | ASSAULT   | heavy-weapons  | 195  | on against
missile attack        | N | ASSAULT   | heavy-weapons  | 195  | on against
shell                 | V | ASSAULT   | heavy-weapons  | 194  | obj
shelling              | N | ASSAULT   | heavy-weapons  | 194  | of on
bombard               | V | ASSAULT   | heavy-weapons  | 194  | obj
bombardment           | N | ASSAULT   | heavy-weapons  | 194  | of on
fire ~ shell          | V | ASSAULT   | heavy-weapons  | 194  | at on into
fire ~ rocket         | V | ASSAULT   | heavy-weapons  | 194  | at on into
fire ~ missile        | V | ASSAULT   | heavy-weapons  | 194  | at on into
fire                  | V | ASSAULT   | firearms       | 193  | at on need
open fire             | V | ASSAULT   | firearms       | 193  | on at
shoot                 | V | ASSAULT   | firearms       | 193  | obj at
shoot down            | V | ASSAULT   | aerial         | 195  | obj
shooting              | N | ASSAULT   | firearms       | 193  | of
exchange ~ fire       | V | ASSAULT   | firearms       | 193  | with
tear gas              | N | ASSAULT   | crowd-control  | 175  | on against
use ~ chemical weapon | V | ASSAULT   | unconventional | 2041 | against on
chemical attack       | N | ASSAULT   | unconventional | 2041 | on against
violate ~ ceasefire   | V | ASSAULT   | -              | 196  | -
violate ~ truce       | V | ASSAULT   | -              | 196  | -
`

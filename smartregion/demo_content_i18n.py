"""Finnish and Swedish versions of the demo content loaded by `manage.py load_demo`.

smartregion/demo_content.py holds the English texts; this module holds their translations, keyed on
the same slugs: {slug: {"fi": {...}, "sv": {...}}}. An entry that is missing here stays English-only,
and the site falls back to English for it (on purpose for most projects, to show the fallback).

Project descriptions and results are assembled by load_demo from the parts below in the same way
as the English ones (headings, a list of activities, a list of results), so the three languages
keep the same structure. The sentence on where the project works and with whom is written out in
full here, because Finnish and Swedish inflect the names of places and organisations.
"""

# The dates of the privacy notice and the accessibility statement (demo_content.STATEMENT_DATE).
STATEMENT_DATE_FI = "1.11.2026"
STATEMENT_DATE_SV = "1 november 2026"

# ---------------------------------------------------------------------------------------------
# Building blocks of generated texts
# ---------------------------------------------------------------------------------------------

# Headings of a project description: why, what, where and with whom, funding.
PROJECT_HEADINGS = {
    "fi": ("Miksi hanketta tarvitaan", "Mitä hanke tekee", "Missä ja kenen kanssa", "Rahoitus"),
    "sv": ("Varför projektet behövs", "Vad projektet gör", "Var och med vem", "Finansiering"),
}

# The line above a project's list of results, by state; {month} and {year} are those of the end date.
RESULTS_INTROS = {
    "fi": {
        "completed": "Hanke päättyi {month} {year}. Sen keskeiset tulokset:",
        "ongoing": "Hankkeen tavoittelemat tulokset {month} {year} mennessä:",
        "ongoing_open": "Hankkeen tavoittelemat tulokset:",
        "planned": "Hankkeen suunnitellut tulokset:",
    },
    "sv": {
        "completed": "Projektet avslutades i {month} {year}. De viktigaste resultaten:",
        "ongoing": "Resultat som projektet siktar på fram till {month} {year}:",
        "ongoing_open": "Resultat som projektet siktar på:",
        "planned": "Projektets planerade resultat:",
    },
}

# Month names as the intros above need them: Finnish "kesäkuussa 2017" (in June) for a completed
# project and "kesäkuuhun 2027 mennessä" (by June) for an ongoing one; Swedish has one form.
MONTHS = {
    "fi": {
        "completed": [
            "tammikuussa",
            "helmikuussa",
            "maaliskuussa",
            "huhtikuussa",
            "toukokuussa",
            "kesäkuussa",
            "heinäkuussa",
            "elokuussa",
            "syyskuussa",
            "lokakuussa",
            "marraskuussa",
            "joulukuussa",
        ],
        "ongoing": [
            "tammikuuhun",
            "helmikuuhun",
            "maaliskuuhun",
            "huhtikuuhun",
            "toukokuuhun",
            "kesäkuuhun",
            "heinäkuuhun",
            "elokuuhun",
            "syyskuuhun",
            "lokakuuhun",
            "marraskuuhun",
            "joulukuuhun",
        ],
    },
    "sv": {
        state: [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ]
        for state in ("completed", "ongoing")
    },
}

# "A, B and C" in each language, for lists of municipalities.
AND = {"fi": "ja", "sv": "och"}

# Alternative texts and captions of the generated project illustrations. {colour} and {colours}
# are the priority's colour in the forms each sentence needs (see COLOURS), {text} the text drawn
# on the image (the acronym, which is the same in every language), {places} the municipalities.
IMAGE_ALT = {
    "fi": (
        "Abstrakti kuvitus {colour} sävyissä: eri kokoisia läpikuultavia ympyröitä limittäin {colour} "
        "liukuvärin päällä sekä suurin valkoisin kirjaimin teksti ”{text}”.",
        "Abstrakti kuvitus {colour} sävyissä: kukkuloita tai aaltoja muistuttavia aaltoilevia kerroksia "
        "vaalean auringon alla sekä suurin valkoisin kirjaimin teksti ”{text}”.",
    ),
    "sv": (
        "Abstrakt illustration i {colours} toner: genomskinliga cirklar i olika storlekar överlappar varandra "
        "på en {colour} gradient, med texten ”{text}” i stora vita bokstäver.",
        "Abstrakt illustration i {colours} toner: vågiga lager som liknar kullar eller vågor under en blek sol, "
        "med texten ”{text}” i stora vita bokstäver.",
    ),
}
IMAGE_CAPTION = {
    "fi": ("{title}, {places}: hankkeen kuvitus.", "Kuvitus painopisteen ”{priority}” värissä."),
    "sv": ("{title}, {places}: illustration av projektet.", "Illustration i färgen för prioriteringen ”{priority}”."),
}
# The colour names of demo_content.PRIORITY_COLOURS: Finnish genitive ("vihreän sävyissä");
# Swedish singular and plural ("en grön gradient", "i gröna toner").
COLOURS = {
    "fi": {"green": {"colour": "vihreän"}, "blue": {"colour": "sinisen"}, "orange": {"colour": "oranssin"}},
    "sv": {
        "green": {"colour": "grön", "colours": "gröna"},
        "blue": {"colour": "blå", "colours": "blå"},
        "orange": {"colour": "orange", "colours": "orange"},
    },
}

# The heading above a company's list of services.
COMPANY_OFFER_HEADING = {"fi": "Mitä tarjoamme", "sv": "Vad vi erbjuder"}

# ---------------------------------------------------------------------------------------------
# Priorities
# ---------------------------------------------------------------------------------------------

PRIORITY_DESCRIPTIONS = {
    "climate-neutrality": {
        "fi": """
<p>Helsinki-Uusimaa haluaa olla <strong>ilmastoneutraali alue vuoteen 2030 mennessä</strong>. Suurin osa
alueen päästöistä syntyy lämmityksestä, sähköstä, liikenteestä ja kulutuksesta, joten työtä tehdään siellä,
missä ihmiset asuvat, liikkuvat ja ostavat: rakennuksissa, kaduilla, energiajärjestelmissä ja
toimitusketjuissa.</p>
<h2>Mitä painopiste kattaa</h2>
<ul>
<li><strong>Älykäs maankäyttö</strong>: tiiviit, vähähiiliset yhdyskunnat ja hiilinielujen huomioon
ottaminen kaavoituksessa.</li>
<li><strong>Nopea energiasiirtymä</strong>: fossiilisesta lämmöstä lämpöpumppuihin, hukkalämpöön,
tuulivoimaan ja energian varastointiin.</li>
<li><strong>Kestävä kulutus ja tuotanto</strong>: vähemmän jätettä sekä ilmastoviisasta ruokaa ja
tuotteita.</li>
<li><strong>Älykäs liikkuminen</strong>: sähköistä, jaettua ja hyvin yhteen liitettyä liikennettä
kaupungeissa ja kylissä.</li>
<li><strong>Ilmastoneutraali kiertotalous</strong>: materiaalit pysyvät käytössä rakentamisessa,
tekstiileissä ja akuissa.</li>
</ul>
<h2>Miten hankkeet edistävät tavoitetta</h2>
<p>Tämän painopisteen hankkeet tekevät kaduista, kaupunginosista, satamista ja kylistä testiympäristöjä,
joissa yritykset kokeilevat uusia ratkaisuja todellisten käyttäjien kanssa ja joissa kunnat oppivat, mitä
kannattaa laajentaa. Tarvitaan sekä Smart City että Smart Countryside: alueen kaupungeissa on tiiviyttä,
maaseutukunnissa maata, metsää ja uusiutuvaa energiaa.</p>
""",
        "sv": """
<p>Helsingfors-Nyland vill vara en <strong>klimatneutral region senast 2030</strong>. Största delen av
regionens utsläpp kommer från uppvärmning, el, trafik och konsumtion, så arbetet görs där människor bor,
rör sig och handlar: i byggnader, på gator, i energisystem och i leveranskedjor.</p>
<h2>Vad prioriteringen omfattar</h2>
<ul>
<li><strong>Smart markanvändning</strong>: täta, koldioxidsnåla samhällen och kolsänkor som beaktas i
planeringen.</li>
<li><strong>Snabb energiomställning</strong>: från fossil värme till värmepumpar, spillvärme, vindkraft
och energilagring.</li>
<li><strong>Hållbar konsumtion och produktion</strong>: mindre avfall samt klimatsmart mat och klimatsmarta
produkter.</li>
<li><strong>Smart mobilitet</strong>: elektrisk, delad och väl sammankopplad trafik i städer och byar.</li>
<li><strong>Klimatneutral cirkulär ekonomi</strong>: material som hålls i bruk inom byggande, textilier
och batterier.</li>
</ul>
<h2>Hur projekten bidrar</h2>
<p>Projekten inom denna prioritering gör gator, stadsdelar, hamnar och byar till testbäddar där företag
prövar nya lösningar med verkliga användare och där kommunerna lär sig vad som lönar sig att skala upp.
Både Smart City och Smart Countryside behövs: regionens städer har tätheten, landsbygdskommunerna marken,
skogarna och den förnybara energin.</p>
""",
    },
    "citizens-city": {
        "fi": """
<p>Ihmisten kaupunki tarkoittaa <strong>sujuvaa arkea</strong>: palveluja, asumista, liikkumista ja
oppimista, jotka rakentuvat niitä käyttävien ihmisten tarpeista niin pääkaupunkiseudulla kuin Itä- ja
Länsi-Uudenmaan kylissä.</p>
<h2>Mitä painopiste kattaa</h2>
<ul>
<li>Liikkuminen ja matkaketjut, jotka toimivat ovelta ovelle myös raideliikenteen käytävien
ulkopuolella.</li>
<li>Asuminen ja kaupunkisuunnittelu, joissa asukkaat ovat mukana alusta asti.</li>
<li>Ruoka- ja terveyspalvelut lähellä ihmisiä, digitaalisina silloin, kun siitä on apua.</li>
<li>Yrittäjyys, uudet palvelut ja digitaaliset keskittymät sekä luovat alat.</li>
<li>Kyberturvallisuus, jotta digitaalisiin palveluihin voi luottaa.</li>
<li>Koulutus ja osaaminen vihreää ja digitaalista siirtymää varten.</li>
</ul>
<h2>Miten hankkeet edistävät tavoitetta</h2>
<p>Hankkeet kehittävät palveluja yhdessä asukkaiden kanssa, avaavat tietoa ja alustoja yrityksille ja
kokeilevat uusia ratkaisuja todellisissa asuinympäristöissä. Alueen tavoite <strong>80 prosentin
työllisyysasteesta</strong> vuoteen 2030 mennessä edellyttää osaamista ja palveluja, jotka tavoittavat
kaikki.</p>
""",
        "sv": """
<p>Människornas stad handlar om en <strong>smidig vardag</strong> (på finska <em>sujuva arki</em>):
tjänster, boende, mobilitet och lärande som utgår från de människor som använder dem, både i
huvudstadsregionen och i byarna i östra och västra Nyland.</p>
<h2>Vad prioriteringen omfattar</h2>
<ul>
<li>Mobilitet och resekedjor som fungerar från dörr till dörr, också utanför spårtrafikens
korridorer.</li>
<li>Boende och stadsplanering där invånarna är med från början.</li>
<li>Mat- och hälsotjänster nära människorna, digitala där det är till hjälp.</li>
<li>Företagande, nya tjänster och digitala knutpunkter samt de kreativa branscherna.</li>
<li>Cybersäkerhet, så att man kan lita på de digitala tjänsterna.</li>
<li>Utbildning och kompetens för den gröna och den digitala omställningen.</li>
</ul>
<h2>Hur projekten bidrar</h2>
<p>Projekten utvecklar tjänster tillsammans med invånarna, öppnar data och plattformar för företag och
testar nya lösningar i verkliga bostadsområden. Regionens mål om en <strong>sysselsättningsgrad på
80 procent</strong> senast 2030 förutsätter kompetens och tjänster som når alla.</p>
""",
    },
    "industrial-modernisation": {
        "fi": """
<p>Painopiste uudistaa alueen teollisuutta ja palveluja: <strong>vähähiilistä tuotantoa, kvantti- ja
syväteknologiaa, älykästä terveyttä ja teollisuuden digitalisaatiota</strong>. Helsinki-Uusimaa tuottaa
noin 39 prosenttia Suomen bruttokansantuotteesta ja haluaa nostaa tutkimus- ja kehittämismenonsa
<strong>viiteen prosenttiin alueen bruttokansantuotteesta vuoteen 2030 mennessä</strong>.</p>
<h2>Mitä painopiste kattaa</h2>
<ul>
<li>Vähähiilinen teollisuus: sähköistetty prosessilämpö, vety ja kierrätetyt materiaalit.</li>
<li>Kvantti- ja syväteknologia: tutkimusinfrastruktuurista spin-off-yrityksiin ja osaaviin
ihmisiin.</li>
<li>Älykäs terveys: terveysteknologia, turvallinen terveystieto ja uudet hoitopolut.</li>
<li>Teollisuuden digitalisaatio: data, automaatio, robotiikka ja digitaaliset kaksoset pienille ja
suurille yrityksille.</li>
</ul>
<h2>Miten hankkeet edistävät tavoitetta</h2>
<p>Hankkeet kokoavat yliopistot, tutkimuslaitokset ja yritykset testiympäristöjen ja pilottilinjojen
ympärille, jotta uusi teknologia löytää ensimmäiset asiakkaansa alueelta ja tiensä kansainvälisille
markkinoille.</p>
""",
        "sv": """
<p>Prioriteringen förnyar regionens industri och tjänster: <strong>koldioxidsnål produktion, kvantteknik
och djupteknik, smart hälsa och industrins digitalisering</strong>. Helsingfors-Nyland står för cirka
39 procent av Finlands bruttonationalprodukt och vill höja sina utgifter för forskning och utveckling
till <strong>fem procent av regionens bruttonationalprodukt senast 2030</strong>.</p>
<h2>Vad prioriteringen omfattar</h2>
<ul>
<li>Koldioxidsnål industri: elektrifierad processvärme, vätgas och återvunna material.</li>
<li>Kvantteknik och djupteknik: från forskningsinfrastruktur till avknoppningsföretag och kunniga
människor.</li>
<li>Smart hälsa: hälsoteknik, säkra hälsodata och nya vårdkedjor.</li>
<li>Industrins digitalisering: data, automation, robotik och digitala tvillingar för små och stora
företag.</li>
</ul>
<h2>Hur projekten bidrar</h2>
<p>Projekten för samman universitet, forskningsinstitut och företag kring testbäddar och pilotlinjer, så
att ny teknik hittar sina första kunder i regionen och sin väg ut på internationella marknader.</p>
""",
    },
}

# ---------------------------------------------------------------------------------------------
# Partner organisations (a few; the others stay English-only)
# ---------------------------------------------------------------------------------------------

PARTNERS = {
    "city-of-helsinki": {
        "fi": {
            "summary": "Suomen pääkaupunki ja Uudenmaan suurin kunta, joka tavoittelee hiilineutraalia Helsinkiä ja "
            "kokeilee uusia kaupunkiratkaisuja yhdessä asukkaiden ja yritysten kanssa.",
            "description": "<p>Helsingin kaupunki toteuttaa alueen suurimpia kaupunkikehityksen, ilmaston ja "
            "innovaatioiden ohjelmia. Se käyttää katujaan, kaupunginosiaan ja palvelujaan testiympäristöinä ja "
            "jakaa toimivat ratkaisut alueen muiden kaupunkien kanssa.</p>",
        },
        "sv": {
            "summary": "Finlands huvudstad och Nylands största kommun, som arbetar för ett koldioxidneutralt "
            "Helsingfors och testar nya urbana lösningar tillsammans med invånare och företag.",
            "description": "<p>Helsingfors stad driver regionens största program för stadsutveckling, klimat och "
            "innovation. Staden använder sina gator, stadsdelar och tjänster som testbäddar och delar det som "
            "fungerar med regionens andra städer.</p>",
        },
    },
    "city-of-espoo": {
        "fi": {
            "summary": "Suomen toiseksi suurin kaupunki, jossa sijaitsee Otaniemen innovaatiokeskittymä, ja yksi "
            "kuuden suurimman kaupungin 6Aika-strategian toteuttajista.",
            "description": "<p>Espoo kehittää metron ja Raide-Jokerin varren kaupunginosia kestävän "
            "kaupunkikehityksen alustoina yhdessä Aalto-yliopiston, tutkimuslaitosten sekä Otaniemen ja "
            "Keilaniemen yritysten kanssa.</p>",
        },
        "sv": {
            "summary": "Finlands näst största stad med innovationsnavet i Otnäs och en av parterna i "
            "sexstadsstrategin (6Aika).",
            "description": "<p>Esbo utvecklar sina stadsdelar längs metron och snabbspårvägen Spårjokern som "
            "plattformar för hållbar stadsutveckling, tillsammans med Aalto-universitetet, forskningsinstitut "
            "och företag i Otnäs och Kägelviken.</p>",
        },
    },
    "city-of-vantaa": {
        "fi": {
            "summary": "Suomen neljänneksi suurin kaupunki, jossa sijaitsee Helsinki-Vantaan lentoasema. Vantaalla "
            "on kunnianhimoinen ilmasto-ohjelma, ja se on yksi 6Aika-strategian toteuttajista.",
            "description": "<p>Vantaalla suuri logistiikkakeskittymä yhdistyy kasvaviin asuinalueisiin. Kaupungin "
            "ympäristökeskus osallistui Ilmastokatu-hankkeeseen Tikkurilan Tikkuraitilla ja Asematiellä.</p>",
        },
        "sv": {
            "summary": "Finlands fjärde största stad, där Helsingfors-Vanda flygplats ligger. Vanda har ett "
            "ambitiöst klimatprogram och är en av parterna i sexstadsstrategin (6Aika).",
            "description": "<p>I Vanda möts ett stort logistiknav och växande bostadsområden. Stadens miljöcentral "
            "deltog i Klimatgatan med gatorna Tikkuraitti och Asematie i Dickursby.</p>",
        },
    },
    "forum-virium-helsinki": {
        "fi": {
            "summary": "Helsingin kaupungin innovaatioyhtiö, joka kehittää älykkään kaupungin ratkaisuja yhdessä "
            "yritysten, yliopistojen, muiden kaupunkien ja asukkaiden kanssa.",
            "description": "<p>Forum Virium Helsinki ylläpitää kaupunkitestiympäristöjä sekä avoimen datan ja "
            "yhteiskehittämisen hankkeita älykkäästä liikkumisesta kaupungin digitaalisiin kaksosiin.</p>",
        },
        "sv": {
            "summary": "Helsingfors stads innovationsbolag, som utvecklar lösningar för den smarta staden "
            "tillsammans med företag, universitet, andra städer och invånare.",
            "description": "<p>Forum Virium Helsinki driver urbana testbäddar och projekt kring öppna data och "
            "samskapande, från smart mobilitet till digitala tvillingar av staden.</p>",
        },
    },
    "aalto-university": {
        "fi": {
            "summary": "Tekniikan, kauppatieteiden sekä taiteen ja suunnittelun yliopisto, jonka pääkampus on "
            "Espoon Otaniemessä.",
            "description": "<p>Aalto-yliopisto perustettiin vuonna 2010 yhdistämällä kolme helsinkiläistä "
            "yliopistoa. Se tekee alueen kanssa yhteistyötä energian, rakennetun ympäristön, kvanttiteknologian, "
            "terveysteknologian ja muotoilun aloilla.</p>",
        },
        "sv": {
            "summary": "Ett finländskt universitet för teknik, ekonomi samt konst och design, med huvudcampus i "
            "Otnäs i Esbo.",
            "description": "<p>Aalto-universitetet bildades 2010 genom en sammanslagning av tre universitet i "
            "Helsingfors. Det samarbetar med regionen inom energi, den byggda miljön, kvantteknik, hälsoteknik "
            "och design.</p>",
        },
    },
    "hsy": {
        "fi": {
            "summary": "Kuntayhtymä, joka tuottaa Helsingin seudulla vesi- ja jätehuoltopalveluja sekä seudullista "
            "ympäristö- ja ilmastotietoa.",
            "description": "<p>HSY:n ilmastotietopalvelut auttavat asukkaita, taloyhtiöitä ja yrityksiä "
            "vähentämään päästöjään, ja sen jätehuolto vastaa seudun kierrätyksestä ja jätteen "
            "energiahyötykäytöstä.</p>",
        },
        "sv": {
            "summary": "En samkommun som sköter vattentjänster och avfallshantering och tillhandahåller regional "
            "miljö- och klimatinformation i Helsingforsregionen.",
            "description": "<p>HRM:s klimatinformationstjänster hjälper invånare, bostadsaktiebolag och företag "
            "att minska sina utsläpp, och dess avfallshantering sköter regionens återvinning och "
            "energiåtervinning av avfall.</p>",
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Companies (a few; the others stay English-only). "offer" lists the services in the same order.
# ---------------------------------------------------------------------------------------------

COMPANIES = {
    "lumivirta-energy": {
        "fi": {
            "summary": "Suunnittelee ja ylläpitää suuria lämpöpumppulaitoksia, jotka korvaavat öljy- ja "
            "kaasulämmityksen kouluissa, halleissa ja pienissä kaukolämpöverkoissa.",
            "offer": [
                "Maalämpö- ja hukkalämpöpumppulaitokset",
                "Pienten lämpöverkkojen etäohjaus",
                "Energiakatselmukset kuntien rakennuksiin",
            ],
        },
        "sv": {
            "summary": "Projekterar och driver stora värmepumpsanläggningar som ersätter olje- och gasuppvärmning "
            "i skolor, hallar och små fjärrvärmenät.",
            "offer": [
                "Värmepumpsanläggningar för jordvärme och spillvärme",
                "Fjärrstyrning av små värmenät",
                "Energibesiktningar av kommunala byggnader",
            ],
        },
    },
    "kvanttikide": {
        "fi": {
            "summary": "Syväteknologian spin-off-yritys, joka kehittää timanttipohjaisia kvanttimagnetometrejä "
            "lääketieteelliseen kuvantamiseen ja ainetta rikkomattomaan testaukseen.",
            "offer": [
                "Kvanttimagnetometrien prototyypit",
                "Mittauspalvelut teollisuudelle",
                "Kvanttimittauksen koulutus",
            ],
        },
        "sv": {
            "summary": "Ett avknoppningsföretag inom djupteknik som utvecklar diamantbaserade kvantmagnetometrar "
            "för medicinsk avbildning och oförstörande provning.",
            "offer": [
                "Prototyper av kvantmagnetometrar",
                "Mättjänster för industrin",
                "Utbildning i kvantsensorik",
            ],
        },
    },
    "kiertoa-materials": {
        "fi": {
            "summary": "Ottaa talteen uudelleenkäytettäviä rakennusosia ja kriittisiä akkumateriaaleja ja myy ne "
            "takaisin teollisuudelle varmennetun laatuisina.",
            "offer": [
                "Purkukatselmukset ja uudelleenkäyttösuunnitelmat",
                "Mustan massan käsittely akkumateriaaleiksi",
                "Materiaalipassit",
            ],
        },
        "sv": {
            "summary": "Tillvaratar återanvändbara byggdelar och kritiska batterimaterial och säljer dem tillbaka "
            "till industrin med verifierad kvalitet.",
            "offer": [
                "Inventeringar före rivning och planer för återanvändning",
                "Bearbetning av svartmassa till batterimaterial",
                "Materialpass",
            ],
        },
    },
    "vetyvirta": {
        "fi": {
            "summary": "Kehittää kompakteja elektrolyysikennostoja sekä vedyn tankkausratkaisuja raskaille "
            "ajoneuvoille ja teollisille käyttäjille Porvoon seudulla.",
            "offer": [
                "Elektrolyysikennostot",
                "Vetytankkauksen pilotit",
                "Power-to-X-kannattavuusselvitykset",
            ],
        },
        "sv": {
            "summary": "Utvecklar kompakta elektrolysstackar och vätgastankning för tunga fordon och industriella "
            "användare i Borgåregionen.",
            "offer": [
                "Elektrolysstackar",
                "Pilotprojekt för vätgastankning",
                "Förstudier om power-to-x",
            ],
        },
    },
    "reittiapu": {
        "fi": {
            "summary": "Tekee reittisuunnittelu- ja tilausohjelmistoja kutsuliikenteelle ja ovelta ovelle "
            "-matkaketjuille.",
            "offer": [
                "Kutsubussien tilaus ja ajojärjestely",
                "Matkaketjujen suunnittelu",
                "Saavutettavat mobiilisovellukset",
            ],
        },
        "sv": {
            "summary": "Utvecklar programvara för reseplanering och beställning av anropsstyrd trafik och "
            "resekedjor från dörr till dörr.",
            "offer": [
                "Beställning och körplanering för anropsbussar",
                "Planering av resekedjor",
                "Tillgängliga mobilappar",
            ],
        },
    },
    "hoivadata": {
        "fi": {
            "summary": "Kehittää kotihoidon ohjelmistoja sekä turvallisia terveystietoalustoja hyvinvointialueille "
            "ja terveysteknologiayrityksille.",
            "offer": [
                "Kotihoidon suunnittelu ja etäkäynnit",
                "Turvalliset käyttöympäristöt terveystiedoille",
                "Yhteentoimivuus Kanta-palvelujen kanssa",
            ],
        },
        "sv": {
            "summary": "Utvecklar programvara för hemvård och säkra plattformar för hälsodata för välfärdsområden "
            "och hälsoteknikföretag.",
            "offer": [
                "Planering av hemvård och distansbesök",
                "Säkra användningsmiljöer för hälsodata",
                "Interoperabilitet med Kanta-tjänsterna",
            ],
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Projects. Per language: title, summary, challenge, activities, where (the places and the
# participants, in full sentences), funding, results and, if the project looks for partners,
# looking. The lists follow the order of the English ones.
# ---------------------------------------------------------------------------------------------

PROJECTS = {
    "climate-street": {
        "fi": {
            "title": "Ilmastokatu",
            "summary": "Helsingin keskustan ostoskatu ja kaksi katua Vantaalla muuttuivat ilmastoratkaisujen "
            "testialustoiksi yhdessä asukkaiden, kiinteistönomistajien, kauppojen ja ravintoloiden kanssa.",
            "challenge": "Helsinki ja Vantaa eivät saavuta hiilineutraaliutta yksin: myös vakiintuneiden alueiden "
            "vanhojen rakennusten, kauppojen ja ravintoloiden on oltava mukana. Ilmastokatu valitsi Helsingistä Iso "
            "Roobertinkadun sekä Vantaan Tikkurilasta Tikkuraitin ja Asematien paikoiksi, joissa uusia ratkaisuja "
            "voitiin kokeilla alueella asuvien ja työskentelevien ihmisten kanssa.",
            "activities": [
                "Maksuttomia aurinkoenergiakartoituksia ja kevyitä energiakatselmuksia taloyhtiöille ja liikkeille",
                "Puheenjohtajaklubi, jossa taloyhtiöiden hallitukset jakoivat korjauskokemuksiaan",
                "Ruokahävikittömyyden kokeiluja ruokakaupoissa ja kestävien aterioiden kokeiluja ravintoloissa",
                "Henkilökohtaista ilmastovalmennusta asukkaille sekä tapahtumia, joissa esiteltiin energiaa säästäviä "
                "laitteita",
            ],
            "where": "Hanke toimi Helsingissä ja Vantaalla. Sitä johti Helsingin kaupunki, ja mukana olivat "
            "Vantaan kaupunki, Green Building Council Finland, Helsingin seudun ympäristöpalvelut HSY ja "
            "Aalto-yliopisto.",
            "funding": "Hanke sai Euroopan aluekehitysrahastosta 820 000 euroa ja Helsingin innovaatiorahastosta "
            "100 000 euroa osana kuuden suurimman kaupungin yhteistä 6Aika-strategiaa.",
            "results": [
                "Hiilijalanjälkilaskelmat kahdelletoista katujen varren kiinteistölle",
                "Selkeät ohjeet jokaisesta kokeilusta, jotta muut kadut ja kaupungit voivat toistaa ne",
                "Yhteistyömalli yhteisten jäteastioiden hankintaan Iso Roobertinkadulla",
            ],
        },
        "sv": {
            "title": "Klimatgatan (Ilmastokatu)",
            "summary": "En shoppinggata i centrala Helsingfors och två gator i Vanda blev testbäddar för "
            "klimatlösningar tillsammans med invånare, fastighetsägare, butiker och restauranger.",
            "challenge": "Helsingfors och Vanda kan inte bli koldioxidneutrala på egen hand: även äldre byggnader, "
            "butiker och restauranger i etablerade stadsdelar måste vara med. Klimatgatan valde Stora Robertsgatan "
            "i Helsingfors samt Tikkuraitti och Asematie i Dickursby i Vanda som platser där nya lösningar kunde "
            "prövas tillsammans med dem som bor och arbetar där.",
            "activities": [
                "Kostnadsfria solenergikartläggningar och lätta energibesiktningar för bostadsaktiebolag och butiker",
                "En ordförandeklubb där styrelserna för bostadsaktiebolag delade med sig av sina "
                "renoveringserfarenheter",
                "Försök med noll matsvinn i livsmedelsbutiker och med hållbara måltider i restauranger",
                "Personlig klimatcoachning för invånare och evenemang där energisparande apparater visades upp",
            ],
            "where": "Projektet genomfördes i Helsingfors och Vanda. Det leddes av Helsingfors stad tillsammans "
            "med Vanda stad, Green Building Council Finland, Helsingforsregionens miljötjänster HRM och "
            "Aalto-universitetet.",
            "funding": "Projektet fick 820 000 euro från Europeiska regionala utvecklingsfonden och 100 000 euro "
            "från Helsingfors innovationsfond, som en del av sexstadsstrategin (6Aika).",
            "results": [
                "Beräknade koldioxidavtryck för tolv fastigheter längs gatorna",
                "Enkla anvisningar för varje försök, så att andra gator och städer kan göra likadant",
                "En samarbetsmodell för upphandling av gemensamma avfallskärl på Stora Robertsgatan",
            ],
        },
    },
    "smart-clean-zero-emission-buses": {
        "fi": {
            "title": "Smart & Clean: Päästöttömät bussit pääkaupunkiseudulle",
            "summary": "Smart & Clean -muutoshanke, joka auttoi liikennöitsijöitä, kaupunkeja ja latauspalvelujen "
            "tarjoajia siirtämään pääkaupunkiseudun bussikaluston sähköbusseihin.",
            "challenge": "Busseja kulkee pääkaupunkiseudun jokaisella pääkadulla, ja dieselbussit ovat näkyvä "
            "päästöjen, melun ja pienhiukkasten lähde. Sähköbusseja oli saatavilla, mutta liikennöitsijät "
            "tarvitsivat varmuutta latauksesta, talvikäytöstä ja kokonaiskustannuksista.",
            "activities": [
                "Yhteiset määrittelyt varikko- ja päätepysäkkilataukselle",
                "Akkujen toimintamatkan ja matkustamon lämmityksen talvitestit runkolinjoilla",
                "Kustannusmalli sähköbussikilpailutuksiin osallistuville liikennöitsijöille",
            ],
            "where": "Hanke toimi Helsingissä, Espoossa, Vantaalla ja Kauniaisissa. Sitä johti Espoon kaupunki, ja "
            "mukana olivat Virtapiste Oy, Meriväylä Logistics Oy, Aalto-yliopisto ja Helsingin kaupunki.",
            "funding": "Hanketta rahoittivat Business Finland, kunnat ja mukana olleet yritykset.",
            "results": [
                "Sähköbussivaatimukset seudullisissa bussiliikenteen kilpailutuksissa",
                "Latauksenhallinnan konsepti, joka on nyt käytössä kahdella varikolla",
                "Julkaistut mittaustiedot sähköbussien toimintamatkasta talvella liikennöitsijöiden käyttöön "
                "kaikkialla Pohjoismaissa",
            ],
        },
        "sv": {
            "title": "Smart & Clean: Utsläppsfria bussar för huvudstadsregionen",
            "summary": "Ett förändringsprojekt inom Smart & Clean som hjälpte trafikoperatörer, städer och "
            "laddningsleverantörer att ställa om huvudstadsregionens bussflotta till elbussar.",
            "challenge": "Bussar trafikerar varje större gata i huvudstadsregionen, och dieselbussar är en synlig "
            "källa till utsläpp, buller och fina partiklar. Elbussar fanns att tillgå, men operatörerna behövde "
            "säkerhet i fråga om laddning, vinterprestanda och totala ägandekostnader.",
            "activities": [
                "Gemensamma specifikationer för laddning i depåer och vid ändhållplatser",
                "Vintertester av batteriernas räckvidd och kupévärmen på stomlinjer",
                "En kostnadsmodell för operatörer som lämnar anbud i upphandlingar av elbusstrafik",
            ],
            "where": "Projektet genomfördes i Helsingfors, Esbo, Vanda och Grankulla. Det leddes av Esbo stad "
            "tillsammans med Virtapiste Oy, Meriväylä Logistics Oy, Aalto-universitetet och Helsingfors stad.",
            "funding": "Projektet finansierades av Business Finland, kommunerna och de deltagande företagen.",
            "results": [
                "Krav på elbussar i regionens upphandlingar av busstrafik",
                "Ett koncept för laddningsstyrning som nu används i två depåer",
                "Publicerade data om elbussarnas räckvidd vintertid för operatörer i hela Norden",
            ],
        },
    },
    "porvoo-hydrogen-valley": {
        "fi": {
            "title": "Porvoon vetylaakso -pilotti",
            "summary": "Vihreää vetyä raskaalle liikenteelle ja teollisuudelle Porvoon seudulla: "
            "elektrolyysilaitos, kuorma-autojen tankkausasema ja teollisten käyttäjien yhteinen suunnitelma.",
            "challenge": "Raskas liikenne ja osa teollisuudesta eivät pärjää pelkillä akuilla. Itä-Uudellamaalla "
            "on tuulivoimaa, teollisuuskeskittymä ja vilkkaita liikennekäytäviä, mutta ei paikallista vedyn "
            "tarjontaa, johon pienet käyttäjät voisivat luottaa.",
            "activities": [
                "Tuulivoimalla toimiva 2 MW:n elektrolyysilaitos, jonka lämpö otetaan talteen kaukolämpöön",
                "Julkinen vetytankkausasema kuorma-autoille ja linja-autoille Porvoon moottoritien varrella",
                "Yhteinen hankintasuunnitelma vedyn ja hapen pienille teollisille käyttäjille",
            ],
            "where": "Hanke toimii Porvoossa, Loviisassa ja Sipoossa. Sitä johtaa Vetyvirta Oy, ja mukana ovat "
            "Lumivirta Energy Oy, Meriväylä Logistics Oy, alankomaalainen tutkimusorganisaatio TNO ja saksalainen "
            "Fraunhofer-instituutti ISI.",
            "funding": "Hanketta rahoittavat oikeudenmukaisen siirtymän rahasto (JTF), Business Finland ja mukana "
            "olevat yritykset.",
            "results": [
                "Kaikille avoin tankkausasema",
                "Kymmenen vetykuorma-autoa säännöllisessä liikenteessä",
                "Investointisuunnitelma 20 MW:n toiselle vaiheelle",
            ],
            "looking": "Kuljetusyrityksiä, jotka ovat valmiita testaamaan vetykuorma-autoja säännöllisillä "
            "reiteillä vuodesta 2026 alkaen, sekä vedyn tai hapen teollisia käyttäjiä 30 kilometrin säteellä "
            "Porvoosta.",
        },
        "sv": {
            "title": "Pilotprojektet Borgå vätgasdal",
            "summary": "Grön vätgas för tung trafik och industri i Borgåregionen: en elektrolysör, en tankstation "
            "för lastbilar och en gemensam plan för industriella användare.",
            "challenge": "Tung trafik och delar av industrin kan inte drivas enbart med batterier. Östra Nyland har "
            "vindkraft, ett industrikluster och livligt trafikerade transportkorridorer, men ingen lokal tillgång "
            "på vätgas som små användare kan lita på.",
            "activities": [
                "En elektrolysör på 2 MW som drivs med vindkraft och vars värme återvinns till fjärrvärmen",
                "En offentlig tankstation för vätgas för lastbilar och bussar vid Borgå motorväg",
                "En gemensam inköpsplan för små industriella användare av vätgas och syre",
            ],
            "where": "Projektet genomförs i Borgå, Lovisa och Sibbo. Det leds av Vetyvirta Oy tillsammans med "
            "Lumivirta Energy Oy, Meriväylä Logistics Oy, den nederländska forskningsorganisationen TNO och det "
            "tyska Fraunhoferinstitutet ISI.",
            "funding": "Projektet finansieras av Fonden för en rättvis omställning (FRO), Business Finland och de "
            "deltagande företagen.",
            "results": [
                "En tankstation som är öppen för alla",
                "Tio vätgaslastbilar i reguljär trafik",
                "En investeringsplan för en andra fas på 20 MW",
            ],
            "looking": "Transportföretag som är beredda att testa vätgaslastbilar på regelbundna rutter från 2026, "
            "och industriella användare av vätgas eller syre inom 30 kilometer från Borgå.",
        },
    },
    "biogas-loops-rural-uusimaa": {
        "fi": {
            "title": "Biokaasukierrot Uudenmaan maaseudulle",
            "summary": "Keski- ja Itä-Uudenmaan maatilat jalostavat lannasta ja kasvijätteistä biokaasua "
            "traktoreille ja autoille ja palauttavat ravinteet pelloilleen.",
            "challenge": "Huonosti käsitellystä lannasta ja kasvijätteestä vapautuu metaania ja ravinteita. "
            "Yksittäiset tilat ovat liian pieniä kannattavan biokaasulaitoksen pyörittämiseen, eikä maaseudulla "
            "ole tankkauspisteitä biokaasuajoneuvoille.",
            "activities": [
                "Lannan ja kasvijätteiden yhteinen keräys tiloilta 20 kilometrin säteellä laitoksesta",
                "Kaksi uutta biokaasun tankkauspistettä maaseutukuntien keskustoihin",
                "Kierrätyslannoitteiden peltokokeita yhdessä paikallisten viljelijöiden kanssa",
            ],
            "where": "Hanke toimii Mäntsälässä, Pornaisissa, Myrskylässä, Pukkilassa ja Askolassa. Sitä johtaa "
            "Uusikylä Biogas Oy, ja mukana ovat Sipoo Smart Farms Oy, tanskalainen Gate 21 ja Riian teknillinen "
            "yliopisto.",
            "funding": "Hanke saa rahoitusta Euroopan aluekehitysrahastosta, kansallisista lähteistä ja mukana "
            "olevilta yrityksiltä.",
            "results": [
                "Kaksinkertainen biokaasuntuotanto Mäntsälän laitoksella",
                "Kolmekymmentä tilaa yhteisessä logistiikkamallissa",
                "Ohjeet kunnille biokaasun käytöstä omissa ajoneuvoissaan",
            ],
        },
        "sv": {
            "title": "Biogaskretslopp för Nylands landsbygd",
            "summary": "Gårdar i mellersta och östra Nyland gör biogas av gödsel och växtrester för traktorer och "
            "bilar, och för tillbaka näringsämnena till sina åkrar.",
            "challenge": "Gödsel och växtrester som inte hanteras väl släpper ut metan och näringsämnen. Enskilda "
            "gårdar är för små för att driva en biogasanläggning lönsamt, och på landsbygden saknas tankställen för "
            "biogasfordon.",
            "activities": [
                "Gemensam insamling av gödsel och växtrester från gårdar inom 20 kilometer från anläggningen",
                "Två nya tankställen för biogas i landsbygdskommunernas centrum",
                "Fältförsök med återvunna gödselmedel tillsammans med lokala odlare",
            ],
            "where": "Projektet genomförs i Mäntsälä, Borgnäs, Mörskom, Pukkila och Askola. Det leds av Uusikylä "
            "Biogas Oy tillsammans med Sipoo Smart Farms Oy, danska Gate 21 och Rigas tekniska universitet.",
            "funding": "Projektet får finansiering från Europeiska regionala utvecklingsfonden, nationella källor "
            "och de deltagande företagen.",
            "results": [
                "Fördubblad biogasproduktion vid anläggningen i Mäntsälä",
                "Trettio gårdar i en gemensam logistikmodell",
                "Vägledning för kommuner om biogas i deras egna fordonsflottor",
            ],
        },
    },
    "6aika-open-innovation-platforms": {
        "fi": {
            "title": "6Aika: Avoimet innovaatioalustat",
            "summary": "Suomen kuusi suurinta kaupunkia rakensivat avoimia innovaatioalustoja, joilla yritykset, "
            "asukkaat, tutkijat ja kaupungit kehittävät ja testaavat yhdessä uusia kaupunkiratkaisuja.",
            "challenge": "Kaupungit omistavat katuja, kouluja, sairaaloita ja tietoa, joita yritykset tarvitsevat "
            "tuotteidensa kehittämiseen ja testaamiseen. Ennen 6Aikaa jokainen kaupunki avasi niitä omalla "
            "tavallaan, ja yrityksen piti aloittaa alusta jokaisessa kaupungissa.",
            "activities": [
                "Yhteinen toimintamalli avoimien innovaatioalustojen ylläpitoon kuudessa kaupungissa",
                "Ketteriä kokeiluja, joissa yritykset testasivat ratkaisujaan todellisissa kaupunkiympäristöissä",
                "Yhteisiä työkaluja ja oppaita yhteiskehittämiseen asukkaiden ja käyttäjien kanssa",
            ],
            "where": "Uudellamaalla hanke toimi Helsingissä, Espoossa ja Vantaalla. Sitä johti Oulun kaupunki, ja "
            "mukana olivat Forum Virium Helsinki sekä Espoon, Vantaan ja Helsingin kaupungit.",
            "funding": "Hanke oli kuuden suurimman kaupungin 6Aika-strategian kärkihanke, ja sitä rahoittivat "
            "Euroopan aluekehitysrahasto ja kaupungit. Hanketta johti Oulun kaupunki, ja sen osatoteuttajia olivat "
            "muun muassa Forum Virium Helsinki sekä Helsingin, Espoon ja Vantaan kaupungit.",
            "results": [
                "Kansallinen, dokumentoitu toimintamalli avoimille innovaatioalustoille",
                "Kymmeniä ketteriä kokeiluja yritysten kanssa kaupunkien alustoilla",
                "Helsingin Fiksu Kalasataman kaltaiset alustat, joita muut kaupungit käyttävät esikuvanaan",
            ],
        },
        "sv": {
            "title": "6Aika: Öppna innovationsplattformar",
            "summary": "Finlands sex största städer byggde öppna innovationsplattformar där företag, invånare, "
            "forskare och städerna tillsammans utvecklar och testar nya urbana lösningar.",
            "challenge": "Städerna äger gator, skolor, sjukhus och data som företag behöver för att utveckla och "
            "testa produkter. Före 6Aika öppnade varje stad dem på sitt eget sätt, och ett företag måste börja om "
            "från början i varje stad.",
            "activities": [
                "En gemensam modell för att driva öppna innovationsplattformar i de sex städerna",
                "Agila pilotförsök där företag testade lösningar i verkliga stadsmiljöer",
                "Gemensamma verktyg och guider för samskapande med invånare och användare",
            ],
            "where": "I Nyland genomfördes projektet i Helsingfors, Esbo och Vanda. Det leddes av Uleåborgs stad "
            "tillsammans med Forum Virium Helsinki och städerna Esbo, Vanda och Helsingfors.",
            "funding": "Projektet var ett spetsprojekt inom sexstadsstrategin (6Aika) och finansierades av "
            "Europeiska regionala utvecklingsfonden och städerna. Det leddes av Uleåborgs stad, och bland "
            "delgenomförarna fanns Forum Virium Helsinki och städerna Helsingfors, Esbo och Vanda.",
            "results": [
                "En nationell, dokumenterad modell för öppna innovationsplattformar",
                "Tiotals agila pilotförsök med företag på städernas plattformar",
                "Plattformar som Smart Kalasatama (Fiskehamnen) i Helsingfors, som andra städer använder som förebild",
            ],
        },
    },
    "demand-responsive-transport-countryside": {
        "fi": {
            "title": "Kutsuliikennettä maaseudulle",
            "summary": "Sovelluksella tai puhelimella tilattavat kutsupikkubussit yhdistävät Keski- ja "
            "Itä-Uudenmaan kylät rautatieasemiin, terveysasemiin ja kauppoihin.",
            "challenge": "Maaseutukunnissa bussit kulkevat harvoin tai eivät lainkaan, ja autottomat ovat kyytien "
            "ja taksien varassa. Kiinteät reitit ovat liian kalliita muutamalle matkustajalle, mutta asemalle, "
            "terveysasemalle ja kauppaan on päästävä joka päivä.",
            "activities": [
                "Kutsupikkubussit viidessä kunnassa, tilaus sovelluksella tai puhelimella",
                "Lähijunien aikatauluihin sovitetut yhteydet Mäntsälän asemalla",
                "Kokemustenvaihto alankomaalaisten ja tanskalaisten maaseutualueiden kanssa",
            ],
            "where": "Hanke toimii Askolassa, Pukkilassa, Myrskylässä, Pornaisissa ja Mäntsälässä. Sitä johtaa "
            "Reittiapu Oy, ja mukana ovat Meriväylä Logistics Oy, alankomaalainen tutkimusorganisaatio TNO ja "
            "tanskalainen Gate 21.",
            "funding": "Hanketta rahoittavat Interreg Europe -ohjelma, valtio ja kunnat.",
            "results": [
                "Palvelumalli, jonka kunnat voivat hankkia yhdessä",
                "Matkustaja- ja kustannustiedot jaettuina muiden Interreg Europe -alueiden kanssa",
                "Puhelintilaus säilyy niille, jotka eivät käytä sovelluksia",
            ],
            "looking": "Eurooppalaisia maaseutualueita, joilla on kutsuliikennettä tai jotka suunnittelevat sitä "
            "ja haluavat vertailla tilausmalleja, kustannuksia ja matkustajamääriä.",
        },
        "sv": {
            "title": "Anropsstyrd trafik för landsbygden",
            "summary": "Anropsstyrda minibussar som beställs via app eller telefon förbinder byar i mellersta och "
            "östra Nyland med järnvägsstationer, hälsocentraler och butiker.",
            "challenge": "I landsbygdskommunerna går bussarna sällan eller inte alls, och den som saknar bil är "
            "beroende av skjuts och taxi. Fasta linjer blir för dyra för de få passagerarna, men resor till "
            "stationen, hälsocentralen och butiken behövs varje dag.",
            "activities": [
                "Anropsstyrda minibussar i fem kommuner, som beställs via app eller telefon",
                "Förbindelser som är tidsanpassade till pendeltågen vid Mäntsälä station",
                "Erfarenhetsutbyte med landsbygdsregioner i Nederländerna och Danmark",
            ],
            "where": "Projektet genomförs i Askola, Pukkila, Mörskom, Borgnäs och Mäntsälä. Det leds av Reittiapu "
            "Oy tillsammans med Meriväylä Logistics Oy, den nederländska forskningsorganisationen TNO och danska "
            "Gate 21.",
            "funding": "Projektet finansieras av programmet Interreg Europe, staten och kommunerna.",
            "results": [
                "En tjänstemodell som kommunerna kan upphandla tillsammans",
                "Data om resande och kostnader som delas med de andra Interreg Europe-regionerna",
                "Beställning per telefon kvar för dem som inte använder appar",
            ],
            "looking": "Landsbygdsregioner i Europa som har eller planerar anropsstyrd trafik och vill jämföra "
            "beställningsmodeller, kostnader och antal resenärer.",
        },
    },
    "digital-home-care-eastern-uusimaa": {
        "fi": {
            "title": "Digitaalinen kotihoito Itä-Uudellemaalle",
            "summary": "Etäkäynnit, lääkemuistutukset ja yhteiset hoitosuunnitelmat auttavat Loviisan, "
            "Lapinjärven ja Porvoon ikääntyneitä asumaan kotona pidempään ja turvallisesti.",
            "challenge": "Itä-Uudellamaalla välimatkat ovat pitkiä ja väestö ikääntyy. Kotihoidon hoitajat "
            "käyttävät suuren osan päivästään autolla ajamiseen, ja palvelujen on toimittava sekä suomeksi että "
            "ruotsiksi.",
            "activities": [
                "Videokäynnit ja muistutukset helppokäyttöisillä tableteilla kotihoidon asiakkaille",
                "Yhteinen hoitosuunnitelma hoitajille, omaisille ja terveysasemalle",
                "Puettavat anturit, jotka hälyttävät hoitajat kaatumisista ja voinnin muutoksista",
            ],
            "where": "Hanke toimi Loviisassa, Lapinjärvellä ja Porvoossa. Sitä johti Hoivadata Oy, ja mukana "
            "olivat Medisensori Oy ja Politecnico di Milano.",
            "funding": "Hanketta rahoittivat Euroopan aluekehitysrahasto ja valtio.",
            "results": [
                "Kolmannes kotihoidon käynneistä etäkäynteinä niillä asiakkailla, jotka sitä halusivat",
                "Viidenneksen lyhyempi ajoaika hoitajille",
                "Palvelut suomeksi ja ruotsiksi alusta alkaen",
            ],
        },
        "sv": {
            "title": "Digital hemvård för östra Nyland",
            "summary": "Distansbesök, påminnelser om mediciner och gemensamma vårdplaner gör att äldre i Lovisa, "
            "Lappträsk och Borgå kan bo hemma längre och tryggt.",
            "challenge": "I östra Nyland är avstånden långa och befolkningen åldras. Hemvårdarna tillbringar en "
            "stor del av dagen i bilen, och tjänsterna måste fungera på både finska och svenska.",
            "activities": [
                "Videobesök och påminnelser på lättanvända surfplattor för hemvårdens klienter",
                "En gemensam vårdplan för vårdare, anhöriga och hälsocentralen",
                "Bärbara sensorer som larmar vårdarna vid fall och förändringar i hälsotillståndet",
            ],
            "where": "Projektet genomfördes i Lovisa, Lappträsk och Borgå. Det leddes av Hoivadata Oy tillsammans "
            "med Medisensori Oy och Politecnico di Milano.",
            "funding": "Projektet finansierades av Europeiska regionala utvecklingsfonden och staten.",
            "results": [
                "En tredjedel av hemvårdsbesöken på distans för de klienter som valde det",
                "Vårdarnas körtid minskad med en femtedel",
                "Tjänster på finska och svenska från första början",
            ],
        },
    },
    "renovation-wave-housing-estates": {
        "fi": {
            "title": "Korjausaalto 1970-luvun lähiöihin",
            "summary": "Asukkaat, taloyhtiöt ja kaupunki korjaavat 1970-luvun kerrostaloja Vantaalla, Helsingissä "
            "ja Espoossa: pienemmät energialaskut ja paremmat kodit ilman, että kenenkään tarvitsee muuttaa pois.",
            "challenge": "1970-luvulla rakennetuissa kerrostaloissa asuu suuri osa seudun asukkaista. Niissä on "
            "uusittava samaan aikaan putket, julkisivut ja ikkunat, ja moni taloyhtiö pelkää kustannuksia, joihin "
            "asukkaiden varat eivät riitä.",
            "activities": [
                "Keskitetty korjausneuvonta taloyhtiöille kuntotutkimuksesta urakkasopimukseen",
                "Kuuden pilottirakennuksen perusteelliset energiakorjaukset lämpöpumppuineen ja lämmöntalteenottoineen",
                "Rahoitusmalli, joka jaksottaa kustannukset energiansäästöjen mukaan",
            ],
            "where": "Hanke toimii Vantaalla, Helsingissä ja Espoossa. Sitä johtaa Vantaan kaupunki, ja mukana "
            "ovat Pihapiiri Living Oy, Kivikko Build Oy, Green Building Council Finland ja saksalainen "
            "Fraunhofer-instituutti ISI.",
            "funding": "Hanketta rahoittavat Euroopan aluekehitysrahasto, Business Finland ja mukana olevat yritykset.",
            "results": [
                "Pilottirakennusten energiankulutus puolitettuna",
                "Korjauspalvelu, jota kaupungit jatkavat hankkeen jälkeen",
                "Asukkaiden kuukausittaiset asumiskulut pysyvät ennallaan",
            ],
        },
        "sv": {
            "title": "Renoveringsvåg för 1970-talets bostadsområden",
            "summary": "Invånare, bostadsaktiebolag och staden renoverar 1970-talets flervåningshus i Vanda, "
            "Helsingfors och Esbo: lägre energiräkningar, bättre hem och ingen som behöver flytta bort.",
            "challenge": "En stor del av regionens invånare bor i flervåningshus som byggdes på 1970-talet. Husen "
            "behöver nya rör, fasader och fönster på samma gång, och många bostadsaktiebolag är rädda för "
            "kostnader som invånarna inte klarar av.",
            "activities": [
                "Samlad renoveringsrådgivning för bostadsaktiebolag, från konditionsundersökning till entreprenadavtal",
                "Genomgripande energirenoveringar av sex pilotbyggnader med värmepumpar och värmeåtervinning",
                "En finansieringsmodell som fördelar kostnaderna i takt med energibesparingarna",
            ],
            "where": "Projektet genomförs i Vanda, Helsingfors och Esbo. Det leds av Vanda stad tillsammans med "
            "Pihapiiri Living Oy, Kivikko Build Oy, Green Building Council Finland och det tyska "
            "Fraunhoferinstitutet ISI.",
            "funding": "Projektet finansieras av Europeiska regionala utvecklingsfonden, Business Finland och de "
            "deltagande företagen.",
            "results": [
                "Halverad energianvändning i pilotbyggnaderna",
                "En renoveringstjänst som städerna fortsätter med efter projektet",
                "Oförändrade månatliga boendekostnader för invånarna",
            ],
        },
    },
    "local-food-farm-to-school": {
        "fi": {
            "title": "Lähiruokaa tilalta kouluun",
            "summary": "Länsi-Uudenmaan kuntien keittiöt ostavat enemmän ruokaa paikallisilta maatiloilta ja "
            "kalankasvattamoilta yhteisen tilausalustan ja yksinkertaisempien kilpailutusten avulla.",
            "challenge": "Kirkkonummen, Siuntion ja Inkoon maatilat myyvät vain vähän lähikouluille: "
            "kilpailutukset ovat niille liian suuria, eikä keittiöillä ole aikaa tilata monelta pieneltä "
            "toimittajalta.",
            "activities": [
                "Kilpailutukset jaettuina osiin, joihin pienetkin tuottajat voivat tehdä tarjouksen",
                "Yhteinen tilausalusta keittiöille ja tiloille",
                "Tilavierailuja ja ruoanlaittotunteja oppilaille",
            ],
            "where": "Hanke toimi Kirkkonummella, Siuntiossa ja Inkoossa. Sitä johti Ruokakaari Oy, ja mukana "
            "olivat Saaristo Aqua Oy ja Sipoo Smart Farms Oy.",
            "funding": "Hanketta rahoittivat Euroopan aluekehitysrahasto ja valtio.",
            "results": [
                "Lähiruoan osuus kouluaterioista nousi 12 prosentista 31 prosenttiin",
                "Neljätoista uutta paikallista toimittajaa kuntien keittiöille",
            ],
        },
        "sv": {
            "title": "Närproducerad mat från gård till skola",
            "summary": "Kommunala kök i västra Nyland köper mer mat från lokala gårdar och fiskodlingar via en "
            "gemensam beställningsplattform och enklare upphandlingar.",
            "challenge": "Gårdarna i Kyrkslätt, Sjundeå och Ingå säljer lite till skolorna i grannskapet: "
            "upphandlingarna är för stora för dem, och köken har inte tid att beställa från många små "
            "leverantörer.",
            "activities": [
                "Upphandlingar uppdelade i delar som även små producenter kan lämna anbud på",
                "En gemensam beställningsplattform för kök och gårdar",
                "Gårdsbesök och matlagningslektioner för elever",
            ],
            "where": "Projektet genomfördes i Kyrkslätt, Sjundeå och Ingå. Det leddes av Ruokakaari Oy "
            "tillsammans med Saaristo Aqua Oy och Sipoo Smart Farms Oy.",
            "funding": "Projektet finansierades av Europeiska regionala utvecklingsfonden och staten.",
            "results": [
                "Andelen närproducerad mat i skolmåltiderna ökade från 12 till 31 procent",
                "Fjorton nya lokala leverantörer till de kommunala köken",
            ],
        },
    },
    "services-in-three-languages": {
        "fi": {
            "title": "Digipalvelut kolmella kielellä",
            "summary": "Uudenmaan kaksikieliset kaupungit rakentavat digipalvelunsa alusta alkaen suomeksi, "
            "ruotsiksi ja englanniksi yhteisten käännösmuistien ja selkeän kielen ohjeiden avulla.",
            "challenge": "Porvoo, Raasepori, Hanko ja Loviisa ovat kaksikielisiä, ja monet asukkaat ja yritykset "
            "toimivat englanniksi. Digipalvelut julkaistaan usein ensin vain suomeksi, ja muut kielet seuraavat "
            "myöhässä tai eivät lainkaan.",
            "activities": [
                "Yhteiset käännösmuistit ja termistöt kuntien palveluille",
                "Selkeän kielen ja saavutettavuuden ohjeet palvelumuotoilijoille",
                "Kolme sähköistä palvelua, jotka julkaistaan samanaikaisesti kolmella kielellä",
            ],
            "where": "Hanke toimii Porvoossa, Raaseporissa, Hangossa ja Loviisassa. Sitä johtaa Datapolku Oy, ja "
            "mukana ovat Kyberlinna Oy ja Tallinnan teknillinen yliopisto (TalTech).",
            "funding": "Hanketta rahoittavat Euroopan aluekehitysrahasto ja kaupungit.",
            "results": [
                "Uudet palvelut julkaistaan samana päivänä kaikilla kolmella kielellä",
                "Käännöskustannukset jaettuina neljän kaupungin kesken",
            ],
        },
        "sv": {
            "title": "Digitala tjänster på tre språk",
            "summary": "Tvåspråkiga städer i Nyland bygger sina digitala tjänster på finska, svenska och engelska "
            "från början, med gemensamma översättningsminnen och riktlinjer för klarspråk.",
            "challenge": "Borgå, Raseborg, Hangö och Lovisa är tvåspråkiga, och många invånare och företag arbetar "
            "på engelska. Digitala tjänster kommer ofta först bara på finska, och de andra språken följer sent "
            "eller inte alls.",
            "activities": [
                "Gemensamma översättningsminnen och gemensam terminologi för kommunala tjänster",
                "Riktlinjer för klarspråk och tillgänglighet för tjänstedesigner",
                "Tre e-tjänster som lanseras på tre språk samtidigt",
            ],
            "where": "Projektet genomförs i Borgå, Raseborg, Hangö och Lovisa. Det leds av Datapolku Oy "
            "tillsammans med Kyberlinna Oy och Tallinns tekniska universitet (TalTech).",
            "funding": "Projektet finansieras av Europeiska regionala utvecklingsfonden och städerna.",
            "results": [
                "Nya tjänster publiceras samma dag på alla tre språken",
                "Översättningskostnader som delas mellan fyra städer",
            ],
        },
    },
    "quantum-sensing-testbed-otaniemi": {
        "fi": {
            "title": "Kvanttianturien testiympäristö Otaniemessä",
            "summary": "Avoin testiympäristö Otaniemessä, jossa yritykset testaavat kvanttiantureita "
            "lääketieteelliseen kuvantamiseen, navigointiin ja materiaalien tarkastukseen yhdessä tutkijoiden ja "
            "ensimmäisten asiakkaiden kanssa.",
            "challenge": "Kvanttianturit voivat mitata magneettikenttiä, painovoimaa ja aikaa paljon nykyisiä "
            "laitteita tarkemmin, mutta harva yritys pystyy testaamaan niitä fysiikan laboratorion ulkopuolella.",
            "activities": [
                "Suojatut mittaushuoneet ja kryogeeniset laitteet yritysten käyttöön",
                "Sovelluskokeiluja sydämen kuvantamisessa ja hitsausten tarkastuksessa",
                "Yhteistä koulutusta eurooppalaisten kvanttitestiympäristöjen kanssa",
            ],
            "where": "Hanke toimii Espoossa. Sitä johtaa Aalto-yliopisto, ja mukana ovat Kvanttikide Oy, "
            "alankomaalainen tutkimusorganisaatio TNO ja Barcelona Supercomputing Center.",
            "funding": "Hanketta rahoittavat EU:n Horisontti Eurooppa -ohjelma, Suomen Akatemia ja Business Finland.",
            "results": [
                "Kaksikymmentä yritystä testiympäristön käyttäjinä",
                "Kaksi loppukäyttäjien kanssa validoitua anturiprototyyppiä",
                "Eurooppalainen anturitestiympäristöjen verkosto, jonka jäsenet avaavat laitteistonsa toisilleen",
            ],
            "looking": "Sairaaloita ja lääkinnällisten laitteiden yrityksiä, joita kiinnostaa magneettinen "
            "kuvantaminen, sekä ainetta rikkomattoman testauksen yrityksiä, jotka haluavat verrata kvanttiantureita "
            "nykyisiin menetelmiinsä.",
        },
        "sv": {
            "title": "Testbädd för kvantsensorer i Otnäs",
            "summary": "En öppen testbädd i Otnäs där företag testar kvantsensorer för medicinsk avbildning, "
            "navigering och materialinspektion tillsammans med forskare och de första kunderna.",
            "challenge": "Kvantsensorer kan mäta magnetfält, gravitation och tid betydligt noggrannare än dagens "
            "instrument, men få företag kan testa dem utanför ett fysiklaboratorium.",
            "activities": [
                "Skärmade mätrum och kryogen utrustning öppna för företag",
                "Tillämpningsförsök inom hjärtavbildning och svetsinspektion",
                "Gemensam utbildning med europeiska testbäddar för kvantteknik",
            ],
            "where": "Projektet genomförs i Esbo. Det leds av Aalto-universitetet tillsammans med Kvanttikide Oy, "
            "den nederländska forskningsorganisationen TNO och Barcelona Supercomputing Center.",
            "funding": "Projektet finansieras av EU:s program Horisont Europa, Finlands Akademi och Business Finland.",
            "results": [
                "Tjugo företag som använder testbädden",
                "Två sensorprototyper validerade tillsammans med slutanvändare",
                "Ett europeiskt nätverk av testbäddar för sensorer som ger varandra tillgång till sin utrustning",
            ],
            "looking": "Sjukhus och medicintekniska företag som är intresserade av magnetisk avbildning, och "
            "företag inom oförstörande provning som vill jämföra kvantsensorer med sina nuvarande metoder.",
        },
    },
    "battery-materials-back-into-the-loop": {
        "fi": {
            "title": "Akkumateriaalit takaisin kiertoon",
            "summary": "Sähköajoneuvojen ja työkalujen käytetyt akut kerätään Uudellamaalla ja käsitellään "
            "mustaksi massaksi sekä talteen otetuksi litiumiksi, nikkeliksi ja koboltiksi.",
            "challenge": "Eurooppa tuo suurimman osan akkujen kriittisistä raaka-aineista, ja EU:n akkuasetus "
            "asettaa tavoitteet kierrätetyn materiaalin osuudelle. Kierrätyskapasiteettia lähellä akkujen "
            "käyttöpaikkoja on vielä vähän.",
            "activities": [
                "Pääkaupunkiseudun käytettyjen akkujen keräys ja turvallinen varastointi",
                "Vähän energiaa kuluttava mustan massan pilottilinja",
                "Talteen otettujen materiaalien elinkaariarviointi ja jäljitettävyys",
            ],
            "where": "Hanke toimii Vantaalla ja Porvoossa. Sitä johtaa Kiertoa Materials Oy, ja mukana ovat "
            "saksalainen Fraunhofer-instituutti ISI, alankomaalainen tutkimusorganisaatio TNO ja Politecnico di "
            "Milano.",
            "funding": "Hanketta rahoittavat EU:n Horisontti Eurooppa -ohjelma, Business Finland ja mukana olevat "
            "yritykset.",
            "results": [
                "Pilottilinja, joka käsittelee 1 000 tonnia akkuja vuodessa",
                "Akkuvalmistajien hyväksymät talteen otetut materiaalit",
                "Jäljitettävyystiedot valmiina EU:n akkupassia varten",
            ],
        },
        "sv": {
            "title": "Batterimaterial tillbaka i kretsloppet",
            "summary": "Begagnade batterier från elfordon och verktyg samlas in i Nyland och bearbetas till "
            "svartmassa och återvunnet litium, nickel och kobolt.",
            "challenge": "Europa importerar merparten av de kritiska råvarorna för batterier, och EU:s "
            "batteriförordning fastställer mål för andelen återvunnet material. Återvinningskapaciteten nära de "
            "platser där batterierna används är fortfarande liten.",
            "activities": [
                "Insamling och säker lagring av begagnade batterier från huvudstadsregionen",
                "En energisnål pilotlinje för svartmassa",
                "Livscykelanalys och spårbarhet för återvunna material",
            ],
            "where": "Projektet genomförs i Vanda och Borgå. Det leds av Kiertoa Materials Oy tillsammans med det "
            "tyska Fraunhoferinstitutet ISI, den nederländska forskningsorganisationen TNO och Politecnico di "
            "Milano.",
            "funding": "Projektet finansieras av EU:s program Horisont Europa, Business Finland och de deltagande "
            "företagen.",
            "results": [
                "En pilotlinje som bearbetar 1 000 ton batterier per år",
                "Återvunna material som godkänts av batteritillverkare",
                "Spårbarhetsdata redo för EU:s batteripass",
            ],
        },
    },
}

# ---------------------------------------------------------------------------------------------
# Strategy pages
# ---------------------------------------------------------------------------------------------

PAGES = {
    "about": {
        "fi": {
            "title": "Tietoa strategiasta",
            "summary": "Resurssiviisas Helsinki-Uusimaa: Helsinki-Uudenmaan alueellinen innovaatiostrategia. "
            "Smart City + Smart Countryside = Smart Region.",
            "body": """
<p><strong>Helsinki Smart Region</strong> esittelee Helsinki-Uudenmaan älykkään erikoistumisen strategian
<em>Resurssiviisas Helsinki-Uusimaa</em> toteutusta. Maakuntahallitus hyväksyi strategian huhtikuussa 2020,
ja se julkaistiin suomeksi, ruotsiksi ja englanniksi.</p>
<h2>Resurssiviisaus</h2>
<p>Strategian kattoteema on resurssiviisaus: alueen innovaatio-, talous-, ympäristö- ja sosiaalisten
resurssien harkittu käyttö kestävän kasvun hyväksi. Strategia perustuu YK:n kestävän kehityksen
tavoitteisiin, kunnianhimoisiin ilmastotavoitteisiin ja kestävään kasvuun.</p>
<blockquote>Smart City + Smart Countryside = Smart Region</blockquote>
<p>Uudenmaan kaupungit tarjoavat tiiviyttä, tutkimusta ja markkinoita, maaseutukunnat puolestaan maata,
metsiä, ruokaa, uusiutuvaa energiaa ja tilaa kokeiluille. Strategia tarvitsee molempia.</p>
<h2>Kolme painopistettä</h2>
<ul>
<li><a href="/fi/strategy/climate-neutrality/">Ilmastoneutraalius</a>: älykäs maankäyttö, nopea
energiasiirtymä, kestävä kulutus ja tuotanto, älykäs liikkuminen ja ilmastoneutraali kiertotalous.</li>
<li><a href="/fi/strategy/citizens-city/">Ihmisten kaupunki (sujuva arki)</a>: matkaketjuista ja asumisesta
terveyspalveluihin, yrittäjyyteen, digitaalisiin keskittymiin, luoviin aloihin, kyberturvallisuuteen ja
osaamiseen.</li>
<li><a href="/fi/strategy/industrial-modernisation/">Uudistuva teollisuus ja innovatiiviset palvelut</a>:
vähähiilinen teollisuus, kvantti- ja syväteknologia, älykäs terveys ja teollisuuden digitalisaatio.</li>
</ul>
<h2>Alue lukuina</h2>
<ul>
<li>26 kuntaa</li>
<li>noin 1,7 miljoonaa asukasta</li>
<li>noin 39 % Suomen <abbr title="bruttokansantuote">BKT</abbr>:sta</li>
<li>lähes 100 000 yritystä</li>
<li>noin kolmannes Suomen työpaikoista</li>
</ul>
<h2>Tavoitteet vuodelle 2030</h2>
<ul>
<li><strong>Ilmastoneutraali</strong> alue.</li>
<li>Tutkimus- ja kehittämismenot <strong>5 % alueen BKT:sta</strong>.</li>
<li><strong>80 prosentin työllisyysaste</strong>.</li>
</ul>
<h2>Rahoitus</h2>
<p>Strategian hankkeita rahoittavat Euroopan aluekehitysrahasto (EAKR), Euroopan sosiaalirahasto plus
(ESR+), oikeudenmukaisen siirtymän rahasto (JTF), Horisontti Eurooppa ja Interreg-ohjelmat sekä Business
Finland, Suomen Akatemia, kunnat ja yritykset. Vuosina 2021–2027 EU:n koheesiopolitiikka tähtää
älykkäämpään ja kilpailukykyisempään, vihreämpään, paremmin verkottuneeseen ja sosiaalisempaan Eurooppaan,
joka on lähempänä kansalaisiaan.</p>
<h2>Liity verkostoon</h2>
<p>Kumppaniverkostoon ovat tervetulleita organisaatiot kaikkialta Euroopasta. Tutustu
<a href="/fi/projects/?partners_wanted=on">hankkeisiin, jotka etsivät kumppaneita</a>, tai
<a href="mailto:smartregion@uusimaa.fi">lähetä liittymispyyntö</a>.</p>
""",
        },
        "sv": {
            "title": "Om strategin",
            "summary": "Resursklokt Helsingfors-Nyland: den regionala innovationsstrategin för "
            "Helsingfors-Nyland. Smart City + Smart Countryside = Smart Region.",
            "body": """
<p><strong>Helsinki Smart Region</strong> visar hur <em>Resursklokt Helsingfors-Nyland</em>, strategin för
smart specialisering i Helsingfors-Nyland, genomförs. Landskapsstyrelsen godkände strategin i april 2020,
och den publicerades på finska, svenska och engelska.</p>
<h2>Resursklokhet</h2>
<p>Strategins övergripande tema är resursklokhet (på finska <em>resurssiviisaus</em>): att medvetet
använda regionens innovativa, ekonomiska, miljömässiga och sociala resurser för hållbar tillväxt.
Strategin bygger på FN:s mål för hållbar utveckling, ambitiösa klimatmål och hållbar tillväxt.</p>
<blockquote>Smart City + Smart Countryside = Smart Region</blockquote>
<p>Nylands städer erbjuder täthet, forskning och marknader, och landsbygdskommunerna mark, skog, mat,
förnybar energi och utrymme för försök. Strategin behöver båda.</p>
<h2>Tre prioriteringar</h2>
<ul>
<li><a href="/sv/strategy/climate-neutrality/">Klimatneutralitet</a>: smart markanvändning, snabb
energiomställning, hållbar konsumtion och produktion, smart mobilitet och en klimatneutral cirkulär
ekonomi.</li>
<li><a href="/sv/strategy/citizens-city/">Människornas stad</a>: en smidig vardag, från resekedjor och
boende till hälsotjänster, företagande, digitala knutpunkter, kreativa branscher, cybersäkerhet och
kompetens.</li>
<li><a href="/sv/strategy/industrial-modernisation/">Förnyande industri och innovativa tjänster</a>:
koldioxidsnål industri, kvantteknik och djupteknik, smart hälsa och industrins digitalisering.</li>
</ul>
<h2>Regionen i siffror</h2>
<ul>
<li>26 kommuner</li>
<li>cirka 1,7 miljoner invånare</li>
<li>cirka 39 % av Finlands <abbr title="bruttonationalprodukt">BNP</abbr></li>
<li>nästan 100 000 företag</li>
<li>ungefär en tredjedel av arbetsplatserna i Finland</li>
</ul>
<h2>Mål för 2030</h2>
<ul>
<li>En <strong>klimatneutral</strong> region.</li>
<li>Utgifter för forskning och utveckling på <strong>5 % av regionens BNP</strong>.</li>
<li>En <strong>sysselsättningsgrad på 80 procent</strong>.</li>
</ul>
<h2>Finansiering</h2>
<p>Projekten inom strategin finansieras av Europeiska regionala utvecklingsfonden (Eruf), Europeiska
socialfonden+ (ESF+), Fonden för en rättvis omställning (FRO), Horisont Europa och Interregprogrammen samt
av Business Finland, Finlands Akademi, kommuner och företag. Under perioden 2021–2027 siktar EU:s
sammanhållningspolitik på ett smartare och mer konkurrenskraftigt, grönare, bättre sammanlänkat och mer
socialt Europa som står närmare medborgarna.</p>
<h2>Gå med i nätverket</h2>
<p>Organisationer från hela Europa är välkomna i partnernätverket. Bläddra bland
<a href="/sv/projects/?partners_wanted=on">projekt som söker partner</a> eller
<a href="mailto:smartregion@uusimaa.fi">skicka en anslutningsbegäran</a>.</p>
""",
        },
    },
    "contact": {
        "fi": {
            "title": "Yhteystiedot",
            "summary": "Ota yhteyttä Uudenmaan liiton Helsinki Smart Region -tiimiin.",
            "body": """
<p>Helsinki Smart Region -portaalia ylläpitää <strong>Uudenmaan liitto</strong> (Nylands förbund –
Helsinki-Uusimaa Regional Council), Uudenmaan 26 kunnan maakunnan liitto, joka vastaa alueen
kehittämisestä ja maakuntakaavoituksesta.</p>
<h2>Osoite</h2>
<p>Uudenmaan liitto<br>Esterinportti 2 B<br>00240 Helsinki</p>
<h2>Sähköposti</h2>
<p>Kysymykset portaalista, strategiasta ja hankkeista:
<a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>. Vastaamme suomeksi, ruotsiksi ja
englanniksi, yleensä viikon kuluessa.</p>
<h2>Verkostoon liittyminen</h2>
<p>Organisaatiot, jotka haluavat liittyä kumppaniverkostoon tai hankkeeseen, voivat käyttää
<a href="mailto:smartregion@uusimaa.fi">liittymislomaketta</a>. Saat vahvistuksen sähköpostiisi ja myöhemmin tiedon
päätöksestämme.</p>
<h2>Korjaukset</h2>
<p>Jos huomaat virheen hankkeen, yrityksen tai kumppanin tiedoissa, kirjoita meille ja kerro, mitä pitää
korjata. Hankkeiden toteuttajat voivat lähettää myös päivitettyjä tuloksia ja kuvia.</p>
""",
        },
        "sv": {
            "title": "Kontakt",
            "summary": "Kontakta Helsinki Smart Region-teamet vid Nylands förbund.",
            "body": """
<p>Helsinki Smart Region upprätthålls av <strong>Nylands förbund</strong> (Uudenmaan liitto –
Helsinki-Uusimaa Regional Council), landskapsförbundet för Nylands 26 kommuner, som ansvarar för
regionens utveckling och landskapsplanläggning.</p>
<h2>Adress</h2>
<p>Nylands förbund<br>Esterporten 2 B<br>00240 Helsingfors</p>
<h2>E-post</h2>
<p>Frågor om portalen, strategin och projekten:
<a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>. Vi svarar på svenska, finska och
engelska, vanligtvis inom en vecka.</p>
<h2>Anslutning till nätverket</h2>
<p>Organisationer som vill ansluta sig till partnernätverket eller till ett projekt kan använda
<a href="mailto:smartregion@uusimaa.fi">formuläret för anslutningsbegäran</a>. Du får en bekräftelse per e-post och
senare vårt beslut.</p>
<h2>Rättelser</h2>
<p>Om du hittar ett fel i uppgifterna om ett projekt, ett företag eller en partner, skriv till oss och
berätta vad som ska rättas. Projektägarna kan också skicka uppdaterade resultat och bilder.</p>
""",
        },
    },
    "privacy": {
        "fi": {
            "title": "Tietosuojaseloste",
            "summary": "Miten Uudenmaan liitto käsittelee henkilötietoja Helsinki Smart Region -portaalissa, myös "
            "liittymispyyntöjen yhteydessä.",
            "body": f"""
<p>Tässä tietosuojaselosteessa kerrotaan, miten henkilötietoja käsitellään Helsinki Smart Region
-portaalissa EU:n yleisen tietosuoja-asetuksen (<abbr title="yleinen tietosuoja-asetus">GDPR</abbr>,
asetus (EU) 2016/679) ja tietosuojalain (1050/2018) mukaisesti. Päivitetty viimeksi
{STATEMENT_DATE_FI}.</p>
<h2>Rekisterinpitäjä</h2>
<p>Uudenmaan liitto, Esterinportti 2 B, 00240 Helsinki. Tätä portaalia koskevat yhteydenotot:
<a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>.</p>
<h2>Tietosuojavastaava</h2>
<p>Uudenmaan liiton tietosuojavastaavan tavoittaa osoitteesta
<a href="mailto:tietosuoja@uusimaa.fi">tietosuoja@uusimaa.fi</a> tai postitse yllä olevasta osoitteesta
merkinnällä ”Tietosuojavastaava”.</p>
<h2>Mitä tietoja käsittelemme ja miksi</h2>
<h3>Liittymispyynnöt</h3>
<p>Kun lähetät liittymispyynnön, käsittelemme organisaatiosi nimeä ja tietoja, nimeäsi,
sähköpostiosoitettasi ja, jos annat sen, puhelinnumeroasi, sinua kiinnostavia painopisteitä ja hanketta,
viestiäsi sekä kieltä, jolla kirjoitit. Käytämme tietoja pyyntösi käsittelyyn, sinuun yhteyden
ottamiseen, päätöksestä ilmoittamiseen ja, jos organisaatiosi hyväksytään, sen kumppaniprofiilin
luomiseen. Tiedot näkevät liittymispyyntöjä käsittelevät työntekijät; niitä ei julkaista.</p>
<h3>Julkaistut profiilit</h3>
<p>Kumppani-, yritys- ja hankesivuilla näytetään tietoja organisaatioista. Niillä ei näytetä
yksityishenkilöiden yhteystietoja, ellei organisaatio ole pyytänyt meitä julkaisemaan nimetyn
yhteyshenkilön tietoja.</p>
<h3>Henkilökunnan käyttäjätilit</h3>
<p>Uudenmaan liiton sisällönhallitsijoista käsittelemme käyttäjätunnuksia, sähköpostiosoitteita ja heidän
tekemiensä muutosten historiaa, jotta tiedämme, kuka on julkaissut mitäkin.</p>
<h3>Tekniset tiedot</h3>
<p>Verkkopalvelin tallentaa teknisiä lokitietoja (IP-osoite, aika, pyydetty sivu, selain) palvelun
turvallisuuden ja toimivuuden varmistamiseksi. Portaali ei käytä kävijäanalytiikkaa, mainontaa eikä
kolmansien osapuolten sisältöjä. Se asettaa vain tietoturvan (CSRF-suojaus) ja valitsemasi kielen
edellyttämät evästeet sekä kirjautuneille työntekijöille istuntoevästeen.</p>
<h2>Käsittelyn oikeusperuste</h2>
<ul>
<li>Liittymispyyntöjen käsittely ja kumppaniverkoston ylläpito: yleisen edun mukaisen tehtävän
suorittaminen eli Uudenmaan liiton lakisääteiset aluekehittämistehtävät (tietosuoja-asetuksen 6 artiklan
1 kohdan e alakohta).</li>
<li>Tietoturvalokit ja henkilökunnan käyttäjätilit: oikeutettu etumme pitää palvelu turvallisena ja tietää,
kuka on muuttanut mitäkin (6 artiklan 1 kohdan f alakohta).</li>
<li>Organisaation nimetyn yhteyshenkilön tai ihmisiä esittävän valokuvan julkaiseminen: suostumus
(6 artiklan 1 kohdan a alakohta), jonka voit peruuttaa milloin tahansa.</li>
</ul>
<h2>Kuinka kauan säilytämme tietoja</h2>
<ul>
<li>Hylätyt liittymispyynnöt: 12 kuukautta päätöksestä; roskapostiksi merkityt pyynnöt: 30 päivää.</li>
<li>Hyväksytyt liittymispyynnöt: niin kauan kuin organisaatio kuuluu kumppaniverkostoon ja 12 kuukautta
sen jälkeen, kun se on eronnut verkostosta.</li>
<li>Tekniset lokit: 90 päivää.</li>
<li>Henkilökunnan käyttäjätilit: niin kauan kuin henkilö toimii sisällönhallitsijana; muutoshistoria niin
kauan kuin sisältö on olemassa.</li>
</ul>
<h2>Kuka tietoja saa</h2>
<p>Tietoja ei myydä eikä käytetä markkinointiin. Niitä käsittelevät Uudenmaan liiton henkilökunta sekä
palvelintila- ja sähköpostipalvelujen tarjoajamme, jotka toimivat lukuunamme
henkilötietojen käsittelysopimusten perusteella. Tiedot säilytetään Euroopan unionissa, eikä niitä
siirretä Euroopan talousalueen ulkopuolelle.</p>
<h2>Oikeutesi</h2>
<p>Sinulla on oikeus saada pääsy tietoihisi sekä oikeus saada ne oikaistuiksi tai poistetuiksi tai niiden
käsittelyä rajoitetuksi. Voit myös vastustaa käsittelyä, joka perustuu yleiseen etuun tai oikeutettuun
etuumme. Jos käsittely perustuu suostumukseen, voit peruuttaa suostumuksesi milloin tahansa. Lähetä
pyyntösi yllä mainittuun yhteysosoitteeseen; vastaamme kuukauden kuluessa.</p>
<p>Jos katsot, että henkilötietojasi käsitellään lainvastaisesti, voit tehdä valituksen
tietosuojavaltuutetun toimistolle (<a href="https://tietosuoja.fi">tietosuoja.fi</a>), PL 800,
00531 Helsinki.</p>
""",
        },
        "sv": {
            "title": "Dataskyddsbeskrivning",
            "summary": "Hur Nylands förbund behandlar personuppgifter i portalen Helsinki Smart Region, också i "
            "samband med anslutningsbegäranden.",
            "body": f"""
<p>I denna dataskyddsbeskrivning berättar vi hur personuppgifter behandlas i portalen Helsinki Smart Region
i enlighet med EU:s allmänna dataskyddsförordning (<abbr title="allmänna dataskyddsförordningen">GDPR</abbr>,
förordning (EU) 2016/679) och dataskyddslagen (1050/2018). Senast uppdaterad den {STATEMENT_DATE_SV}.</p>
<h2>Personuppgiftsansvarig</h2>
<p>Nylands förbund, Esterporten 2 B, 00240 Helsingfors. Kontakt i ärenden som gäller denna portal:
<a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a>.</p>
<h2>Dataskyddsombud</h2>
<p>Du når Nylands förbunds dataskyddsombud på <a href="mailto:tietosuoja@uusimaa.fi">tietosuoja@uusimaa.fi</a>
eller per post på adressen ovan, märkt ”Dataskyddsombud”.</p>
<h2>Vilka uppgifter vi behandlar och varför</h2>
<h3>Anslutningsbegäranden</h3>
<p>När du skickar en anslutningsbegäran behandlar vi namnet på din organisation och dess uppgifter, ditt
namn, din e-postadress och, om du uppger det, ditt telefonnummer, de prioriteringar och det projekt som
intresserar dig, ditt meddelande och det språk du skrev på. Vi använder uppgifterna för att behandla din
begäran, kontakta dig, meddela vårt beslut och, om din organisation godkänns, skapa dess partnerprofil.
Uppgifterna ses av de anställda som behandlar anslutningsbegäranden; de publiceras inte.</p>
<h3>Publicerade profiler</h3>
<p>Partner-, företags- och projektsidorna visar uppgifter om organisationer. De visar inte kontaktuppgifter
till privatpersoner, om inte organisationen har bett oss att publicera en namngiven kontaktperson.</p>
<h3>Personalens användarkonton</h3>
<p>För Nylands förbunds innehållsansvariga behandlar vi användarnamn, e-postadresser och en historik över
de ändringar de gör, så att vi vet vem som har publicerat vad.</p>
<h3>Tekniska uppgifter</h3>
<p>Webbservern registrerar tekniska loggdata (IP-adress, tidpunkt, begärd sida, webbläsare) för att hålla
tjänsten säker och fungerande. Portalen använder ingen besöksanalys, ingen reklam och inget innehåll från
tredje part. Den sätter endast de kakor som behövs för säkerheten (CSRF-skydd) och för det språk du väljer,
samt en sessionskaka för inloggad personal.</p>
<h2>Rättslig grund</h2>
<ul>
<li>Behandling av anslutningsbegäranden och upprätthållande av partnernätverket: utförande av en uppgift av
allmänt intresse, det vill säga Nylands förbunds lagstadgade uppgifter inom regionutveckling (artikel 6.1 e
i dataskyddsförordningen).</li>
<li>Säkerhetsloggar och personalens användarkonton: vårt berättigade intresse av att hålla tjänsten säker
och veta vem som har ändrat vad (artikel 6.1 f).</li>
<li>Publicering av en organisations namngivna kontaktperson eller av ett fotografi som visar personer:
samtycke (artikel 6.1 a), som du kan återkalla när som helst.</li>
</ul>
<h2>Hur länge vi sparar uppgifterna</h2>
<ul>
<li>Avslagna anslutningsbegäranden: 12 månader efter beslutet; begäranden som markerats som skräppost:
30 dagar.</li>
<li>Godkända anslutningsbegäranden: så länge organisationen hör till partnernätverket och 12 månader efter
att den har lämnat nätverket.</li>
<li>Tekniska loggar: 90 dagar.</li>
<li>Personalens användarkonton: så länge personen arbetar som innehållsansvarig; ändringshistoriken så länge
innehållet finns kvar.</li>
</ul>
<h2>Vem som får uppgifterna</h2>
<p>Uppgifterna säljs inte och används inte för marknadsföring. De behandlas av Nylands förbunds personal och
av våra leverantörer av serverutrymme och e-posttjänster, som agerar för vår räkning enligt
personuppgiftsbiträdesavtal. Uppgifterna lagras inom Europeiska unionen och överförs inte utanför
Europeiska ekonomiska samarbetsområdet.</p>
<h2>Dina rättigheter</h2>
<p>Du har rätt att få tillgång till dina uppgifter, att få dem rättade eller raderade eller behandlingen
begränsad, och att invända mot behandling som grundar sig på allmänt intresse eller vårt berättigade
intresse. Om behandlingen grundar sig på samtycke kan du när som helst återkalla ditt samtycke. Skicka din
begäran till kontaktadressen ovan; vi svarar inom en månad.</p>
<p>Om du anser att dina personuppgifter behandlas i strid med lagen kan du lämna in ett klagomål till
dataombudsmannens byrå (<a href="https://tietosuoja.fi/sv">tietosuoja.fi</a>), PB 800, 00531 Helsingfors.</p>
""",
        },
    },
    "accessibility": {
        # Follows the Finnish model statement (saavutettavuusvaatimukset.fi, after Commission
        # Implementing Decision (EU) 2018/1523) and its Swedish version (tillganglighetskrav.fi).
        "fi": {
            "title": "Saavutettavuusseloste",
            "summary": "Helsinki Smart Region -portaalin saavutettavuusseloste EU:n saavutettavuusdirektiivin ja "
            "digitaalisten palvelujen tarjoamisesta annetun lain mukaisesti.",
            "body": f"""
<p>Tämä saavutettavuusseloste koskee Helsinki Smart Region -portaalia, ja se on laadittu
{STATEMENT_DATE_FI}. Portaalia koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), jossa
edellytetään, että julkisten verkkopalvelujen on oltava saavutettavia. Lailla on pantu täytäntöön
Euroopan parlamentin ja neuvoston direktiivi (EU) 2016/2102.</p>
<p>Uudenmaan liitto on sitoutunut huolehtimaan portaalin saavutettavuudesta. Olemme arvioineet portaalin
saavutettavuuden itse.</p>
<h2>Digipalvelun saavutettavuuden tila</h2>
<p>Portaali täyttää saavutettavuusvaatimukset <strong>osittain</strong>. Se täyttää suurelta osin
verkkosisällön saavutettavuusohjeiden (<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>) 2.1
A- ja AA-tason kriteerit ja yhdenmukaistetun eurooppalaisen standardin EN 301 549 vaatimukset.
Poikkeamat on kuvattu alla.</p>
<h2>Ei-saavutettava sisältö</h2>
<h3>Sisällöt, jotka eivät vielä täytä vaatimuksia</h3>
<ul>
<li>Joidenkin vanhempien hankkeiden kuvien tekstivastineet eivät kuvaa kuvaa riittävästi
(WCAG-onnistumiskriteeri 1.1.1). Tarkistamme tekstivastineet, kun päivitämme hankkeiden tietoja.</li>
<li>Joissakin hankkeiden toteuttajilta saaduissa hankekuvauksissa otsikot eivät ole oikeassa järjestyksessä
(WCAG 1.3.1).</li>
<li>Osa hankesivuilta linkitetyistä PDF-raporteista ei ole saavutettavia asiakirjoja (WCAG 1.1.1, 1.3.1 ja
2.4.2). Hankkeet julkaisevat raportit omilla verkkosivuillaan.</li>
</ul>
<h3>Kohtuuton rasite</h3>
<p>Emme vetoa kohtuuttomaan rasitteeseen minkään sisällön osalta.</p>
<h3>Sisällöt, jotka eivät kuulu lainsäädännön piiriin</h3>
<ul>
<li>Kolmansien osapuolten verkkosivustojen sisällöt, joihin hankesivuilta linkitetään, kuten EURA 2021-,
Kohesio-, keep.eu- ja CORDIS-rekisterit.</li>
<li>Arkistoidut hankesivut, joita ei tarvita käynnissä olevissa hallinnollisissa prosesseissa.</li>
</ul>
<h2>Miten saavutettavuus on arvioitu</h2>
<p>Seloste perustuu portaalin tiimin tekemään itsearviointiin: jokainen sivupohja on testattu
automaattisesti axe-core-työkalulla sekä käsin näppäimistöllä, ruudunlukijoilla (NVDA ja VoiceOver) ja
200 prosentin suurennuksella.</p>
<p>Seloste on laadittu {STATEMENT_DATE_FI}, ja se on tarkistettu viimeksi {STATEMENT_DATE_FI}.</p>
<h2>Huomasitko saavutettavuuspuutteen digipalvelussamme?</h2>
<p>Kerro se meille, niin teemme parhaamme puutteen korjaamiseksi. Voit myös pyytää portaalin tietoja
saavutettavassa muodossa.</p>
<ul>
<li>Sähköposti: <a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a></li>
<li>Posti: Uudenmaan liitto, Esterinportti 2 B, 00240 Helsinki</li>
</ul>
<p>Vastaamme 14 päivän kuluessa. Jos tarvitsemme enemmän aikaa, kerromme, milloin voit odottaa
vastausta.</p>
<h2>Valvontaviranomainen</h2>
<p>Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille eli sivuston ylläpitäjälle.
Vastauksessa voi mennä 14 päivää. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta
lainkaan kahden viikon aikana, voit tehdä ilmoituksen Liikenne- ja viestintävirasto Traficomiin.
Sivustolla <a href="https://www.saavutettavuusvaatimukset.fi">saavutettavuusvaatimukset.fi</a> kerrotaan
tarkasti, miten ilmoituksen voi tehdä ja miten asia käsitellään.</p>
<h3>Valvontaviranomaisen yhteystiedot</h3>
<p>Liikenne- ja viestintävirasto Traficom<br>
Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö<br>
<a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a><br>
Sähköposti: <a href="mailto:saavutettavuus@traficom.fi">saavutettavuus@traficom.fi</a><br>
Puhelinvaihde: 029 534 5000</p>
""",
        },
        "sv": {
            "title": "Tillgänglighetsutlåtande",
            "summary": "Tillgänglighetsutlåtandet för portalen Helsinki Smart Region enligt EU:s "
            "webbtillgänglighetsdirektiv och lagen om tillhandahållande av digitala tjänster.",
            "body": f"""
<p>Detta tillgänglighetsutlåtande gäller portalen Helsinki Smart Region och har utarbetats den
{STATEMENT_DATE_SV}. Portalen omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), som
förutsätter att offentliga webbtjänster ska vara tillgängliga. Genom lagen har Europaparlamentets och
rådets direktiv (EU) 2016/2102 genomförts.</p>
<p>Nylands förbund har förbundit sig att se till att portalen är tillgänglig. Vi har själva bedömt
portalens tillgänglighet.</p>
<h2>Digitjänstens tillgänglighetsstatus</h2>
<p>Portalen uppfyller tillgänglighetskraven <strong>delvis</strong>. Den uppfyller till största delen
kriterierna på nivå A och AA i riktlinjerna för tillgänglighet till webbinnehåll
(<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>) 2.1 och kraven i den harmoniserade
europeiska standarden EN 301 549. Avvikelserna beskrivs nedan.</p>
<h2>Icke tillgängligt innehåll</h2>
<h3>Innehåll som ännu inte uppfyller kraven</h3>
<ul>
<li>En del bilder som laddats upp för äldre projekt har textalternativ som inte beskriver bilden
tillräckligt väl (WCAG-framgångskriterium 1.1.1). Vi går igenom texterna när vi uppdaterar
projekten.</li>
<li>I en del projektbeskrivningar som vi har fått från projektägarna används rubrikerna i fel ordning
(WCAG 1.3.1).</li>
<li>En del pdf-rapporter som länkas från projektsidorna är inte tillgängliga dokument (WCAG 1.1.1, 1.3.1
och 2.4.2). De publiceras av projekten på deras egna webbplatser.</li>
</ul>
<h3>Oproportionerlig börda</h3>
<p>Vi åberopar inte oproportionerlig börda för något innehåll.</p>
<h3>Innehåll som inte omfattas av lagstiftningen</h3>
<ul>
<li>Innehåll på tredje parters webbplatser som projektsidorna länkar till, såsom registren EURA 2021,
Kohesio, keep.eu och CORDIS.</li>
<li>Arkiverade projektsidor som inte behövs i pågående administrativa processer.</li>
</ul>
<h2>Hur tillgängligheten har bedömts</h2>
<p>Utlåtandet grundar sig på en självbedömning som portalteamet har gjort: varje sidmall har testats
automatiskt med verktyget axe-core och manuellt med tangentbord, skärmläsare (NVDA och VoiceOver) och
200 procents förstoring.</p>
<p>Utlåtandet har utarbetats den {STATEMENT_DATE_SV} och granskades senast den {STATEMENT_DATE_SV}.</p>
<h2>Upptäckte du brister i tillgängligheten i vår digitala tjänst?</h2>
<p>Berätta om det för oss, så gör vi vårt bästa för att åtgärda bristen. Du kan också begära att få
information från portalen i tillgänglig form.</p>
<ul>
<li>E-post: <a href="mailto:smartregion@uusimaa.fi">smartregion@uusimaa.fi</a></li>
<li>Post: Nylands förbund, Esterporten 2 B, 00240 Helsingfors</li>
</ul>
<p>Vi svarar inom 14 dagar. Om vi behöver mer tid meddelar vi när du kan vänta dig ett svar.</p>
<h2>Tillsynsmyndighet</h2>
<p>Om du upptäcker tillgänglighetsproblem på webbplatsen ska du först ge respons till oss, det vill säga
webbplatsens administratör. Det kan ta 14 dagar innan du får svar. Om du inte är nöjd med svaret eller om
du inte får något svar alls inom två veckor kan du göra en anmälan till Transport- och
kommunikationsverket Traficom. På webbplatsen
<a href="https://www.tillganglighetskrav.fi">tillganglighetskrav.fi</a> beskrivs i detalj hur du gör en
anmälan och hur ärendet behandlas.</p>
<h3>Tillsynsmyndighetens kontaktuppgifter</h3>
<p>Transport- och kommunikationsverket Traficom<br>
Enheten för tillsyn över digital tillgänglighet<br>
<a href="https://www.tillganglighetskrav.fi">www.tillganglighetskrav.fi</a><br>
E-post: <a href="mailto:saavutettavuus@traficom.fi">saavutettavuus@traficom.fi</a><br>
Telefonväxel: 029 534 5000</p>
""",
        },
    },
}

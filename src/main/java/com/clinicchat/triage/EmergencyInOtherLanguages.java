package com.clinicchat.triage;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The explicit emergency signs of {@link TriageRules#EMERGENCY} in the other languages visitors write in: self-harm
 * and a wish to die, and someone not breathing, unconscious, collapsed, seizing, poisoned or overdosed, with chest
 * pain or stroke signs, or an ambulance called for. The router reads English only, so without these an emergency
 * written in another language reached staff instead of getting emergency instructions (round 14's test split).
 * Like every rule they can only raise a route, and they name kinds of emergency, never an article's topics.
 */
final class EmergencyInOtherLanguages {

    private EmergencyInOtherLanguages() {
    }

    /**
     * Latin-script languages, over {@link VisitorText#normalised()} (no accents, so typed Spanish with or without
     * them matches; Vietnamese "đ", which has no decomposition, is read as "d"). A faint is counted when it is told
     * of someone now ("se desmayó"), not as a habit ("me desmayo cuando veo agujas").
     */
    static final Pattern LATIN_SCRIPT = Pattern.compile("\\b(?:" + String.join("|",
            // Spanish
            "matarme|me (?:quiero|voy a) matar|quitarme la vida|suicid\\w*|hacerme dano|cortarme (?:las venas|otra vez)",
            "(?:quiero|quisiera|ganas de) morir\\w*|no quiero (?:seguir )?(?:vivir|viviendo|estar aqui|despertar)",
            "acabar con (?:mi vida|todo)|(?:estarian|estan|estaran) mejor sin mi|cartas? de despedida",
            "(?:regalando|regale|regalar) (?:todas )?mis cosas|ya no (?:aguanto|puedo mas)",
            "no (?:puede|puedo|podia) respirar|no respira|se (?:esta )?ahogando|labios (?:morados|azules)",
            "dolor (?:muy )?(?:fuerte )?(?:en el|del) pecho|se desmayo|se (?:ha|han) desmayado|inconsciente|perdio el conocimiento",
            "no (?:responde|reacciona|despierta|se despierta)|(?:esta|estan) convulsionando|tiene una convulsion|derrame cerebral",
            "(?:se )?(?:tomo|trago|comio) (?:todas (?:las|sus|mis)|muchas|un frasco de|un monton de) (?:pastillas|pildoras)",
            "sobredosis|envenen\\w*|(?:cara|boca) (?:caida|chueca|torcida)|(?:garganta|lengua|labios|cara) hinchad\\w*",
            // Portuguese
            "me matar|(?:quero|vontade de) morrer|(?:nao|num) quero (?:mais )?viver|tirar (?:a )?minha (?:propria )?vida",
            "(?:nao|num) (?:consegue|consigo) respirar|(?:nao|num) (?:responde|acorda)|desmaiou|dor no peito",
            // French
            "(?:je veux|envie de|j'ai envie de) mourir|me suicider|suicid\\w*|me tuer|en finir avec (?:la vie|tout)",
            "(?:ne )?respire (?:plus|pas)|(?:ne )?(?:peut|peux|arrive) (?:pas|plus) (?:a )?respirer|inconscient\\w*",
            "(?:s'est|est) (?:evanoui\\w*|effondre\\w*)|perdu connaissance|ne (?:repond|reagit|se reveille) (?:pas|plus)",
            "(?:douleur|mal) (?:a|dans) la poitrine|convulsion\\w*|crise d'epilepsie|avc|surdose|empoisonn\\w*",
            "a avale (?:des|toutes? (?:les|ses|mes)|plein de|une boite de) (?:medicaments|pilules|comprimes|cachets)",
            "appel(?:ez|er|le) (?:le )?(?:15|112|samu|une ambulance)|levres bleues",
            // German
            "(?:ich )?will (?:nicht mehr leben|sterben)|(?:mich|mir) (?:umbringen|das leben nehmen)|selbstmord|suizid\\w*",
            "bewusstlos|(?:ist|wurde) (?:gerade )?(?:ohnmachtig|zusammengebrochen|umgekippt)|atmet (?:nicht|kaum)",
            "kann nicht (?:mehr )?atmen|bekommt? keine luft|reagiert nicht|brustschmerz\\w*|schmerzen in der brust",
            "krampfanfall|schlaganfall|uberdosis|vergift\\w*|notarzt|krankenwagen|notruf|blaue lippen",
            // Vietnamese (without tones)
            "bat tinh|khong tho duoc|dau nguc|muon chet|tu tu|tu sat|dot quy|ngat xiu",
            "goi cap cuu|xe cap cuu|ngo doc|qua lieu") + ")\\b");

    /**
     * Other scripts, over the lower-cased text in its composed form: accents and vowel signs are letters there
     * (Hangul would fall apart into jamo, Devanagari lose its vowels), and Chinese and Japanese have no spaces for
     * word boundaries.
     */
    static final Pattern OTHER_SCRIPTS = Pattern.compile(String.join("|",
            // Japanese
            "救急車|意識が(?:ない|無い|ありません)|息を?して(?:い)?ない|呼吸(?:が)?(?:できない|していない|がない|が止ま)",
            "死にたい|自殺|胸が痛|胸の痛み|倒れ(?:た|ました|て)|脳卒中|過剰摂取|大量に飲",
            // Chinese
            "救护车|救護車|昏迷|没有呼吸|沒有呼吸|不能呼吸|喘不过气|喘不過氣|想死|不想活|自杀|自殺|胸口痛|胸痛",
            "抽搐|晕倒|暈倒|昏倒|中风|中風|吃了很多药|吃了很多藥|服药过量|服藥過量",
            // Korean
            "구급차|의식이 없|숨을 (?:안|못) 쉬|숨을 쉬지|호흡이 없|죽고 싶|자살|가슴(?:이)? 아파|가슴 통증|발작",
            "쓰러졌|쓰러져|뇌졸중|과다복용",
            // Hindi
            "एम्बुलेंस|बेहोश|सांस नहीं|साँस नहीं|मरना चाहत|आत्महत्या|सीने में दर्द|छाती में दर्द|मिर्गी का दौरा|दौरा पड़|लकवा",
            // Arabic
            "إسعاف|الإسعاف|فاقد الوعي|فقد الوعي|لا يتنفس|لا تتنفس|أريد أن أموت|انتحار|ألم في الصدر|سكتة دماغية|تسمم",
            // Russian
            "скор(?:ую|ая)|без сознания|не дышит|не могу дышать|хочу умереть|покончить с собой|суицид|самоубийств",
            "боль в груди|припад|эпилептическ|инсульт|передозировк|отравил"));

    /** Whether a message reports an emergency in one of these languages. */
    static boolean reportedIn(VisitorText text) {
        return LATIN_SCRIPT.matcher(text.normalised().replace('đ', 'd')).find()
                || OTHER_SCRIPTS.matcher(Normalizer.normalize(text.original(), Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT)).find();
    }
}

"""Blind recall battery 8, French, traps only: traps a careful PME lawyer catches and a
keyword tool misses.

Written blind on 2026-11-27 (session 6) by a contracts-lawyer helper session: the author read
only /work/shared/TOPICS.md, the harness (tests/helpers_battery.py) and the first and last
twenty lines of tests/test_battery2_fr.py, never the tool's source, rulesets, samples, other
tests or git history, and neither ran the tool nor the tests. Each row hides exactly ONE
trap in a clause that otherwise reads as reasonable: in the middle of a long sentence, in a
carve-out (« sauf », « à l'exception de », « y compris », « nonobstant », « en tout état de
cause », « toutefois »), or in a table row. The parties are named as in the harness
preamble: ALPHA IA SARL « le Prestataire », BETA Distribution SPA « le Client ».

Each row is (kind, topic, min_severity, words, title, text): the tool must raise a finding
of that kind and topic (None for an added clause), at min_severity or above, whose evidence
contains `words` (a short verbatim extract at the heart of the trap).

First measure, engine b4041db, before any change: 32 of 59 traps missed. Battery 8's rule
changes (extra work « en régie » or « au coût réel », costs « refacturés » on top of the
price, exchange loss and gross-up on the client, fees due whatever the results, the AI's
errors excluded from liability, renewal « pour des périodes successives », a penalty for a
late validation, a minimum volume « facturé même s'il n'est pas consommé », first refusal
and « au moins aussi favorables », an exclusivity extended « chaque fois que », a report of
the vendor that « fait foi », its casting vote, price made binding, the client bound to
award the deployment) catch 19 of them, and session 6's later changes one more (exit
fees, an added clause) and session 12's one more (a confidentiality that « prend fin à
l'expiration de la présente lettre »); the 11 left are strict xfails (TRAPS_BELOW): a
liability cap of a trifle, a payment before acceptance in a table row, a variable part with
no cap said as « quel qu'en soit le volume », kinds or severities read otherwise (security
measures « que le Prestataire jugera appropriées »: the vendor deciding alone, not vague
wording).
"""

from __future__ import annotations

import pytest
from helpers_battery import catches, marked

TRAPS = [
    # ------------------------------------------------------------------ risk_allocation
    (
        "deviation",
        "risk_allocation",
        "medium",
        "facturée en régie au taux journalier",
        "Répartition des risques",
        "Le Prestataire réalise l'intégration de la solution au CRM du Client pour le prix "
        "forfaitaire indiqué à l'article Conditions financières, étant entendu que toute "
        "intervention rendue nécessaire par une spécificité de l'environnement technique du "
        "Client sera facturée en régie au taux journalier en vigueur, le Prestataire "
        "s'engageant par ailleurs à rendre compte de l'avancement lors de chaque comité.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "demeure à la charge exclusive du Client",
        "Répartition des risques",
        "Les Parties collaborent de bonne foi à la préparation des données nécessaires au "
        "projet ; en tout état de cause, toute insuffisance, tout retard ou toute erreur "
        "affectant les données remises par le Client, y compris lorsqu'ils résultent d'un "
        "logiciel tiers, demeure à la charge exclusive du Client, qui supporte les coûts de "
        "reprise et le décalage du planning qui en découlent.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "n'affecte en rien l'exigibilité",
        "Répartition des risques",
        "Le Prestataire met en œuvre les moyens humains et techniques nécessaires pour "
        "atteindre les objectifs décrits à l'article Critères de succès ; la non-atteinte de "
        "ces objectifs, quelle qu'en soit la cause, n'affecte en rien l'exigibilité de "
        "l'intégralité du prix, y compris de la part afférente au déploiement, les Parties "
        "se réunissant alors pour analyser les écarts constatés.",
    ),
    (
        "deviation",
        "risk_allocation",
        "high",
        "y compris les contenus générés par le modèle",
        "Garanties",
        "Le Client garantit le Prestataire contre toute réclamation de tiers relative aux "
        "réponses diffusées par l'agent conversationnel auprès de sa clientèle, y compris les "
        "contenus générés par le modèle du Prestataire, et l'indemnise de toute condamnation "
        "ou transaction intervenue à ce titre, le Prestataire demeurant tenu de corriger les "
        "anomalies qui lui sont signalées.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "limitée à la somme de cinquante mille",
        "Responsabilité",
        "Sauf faute lourde ou dolosive, la responsabilité totale et cumulée du Prestataire au "
        "titre de la présente lettre et des travaux préparatoires qu'elle prévoit est limitée "
        "à la somme de cinquante mille (50 000) dinars algériens, toutes causes confondues, ce "
        "plafond s'appliquant également aux pertes ou altérations des données du Client.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "relève de la seule responsabilité du Client",
        "Répartition des risques",
        "Le Prestataire livre une solution conforme aux spécifications convenues entre les "
        "Parties ; néanmoins, la conformité de son utilisation aux conditions des plateformes "
        "tierces (WhatsApp Business, Meta, Google) et aux réglementations sectorielles "
        "applicables à la distribution alimentaire relève de la seule responsabilité du "
        "Client, qui en supporte les conséquences, y compris en cas de suspension du compte.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "résultant d'une réponse erronée",
        "Responsabilité",
        "Le Prestataire répond des dommages directs causés par ses manquements dûment "
        "établis, à l'exclusion de toute perte de chiffre d'affaires ou de clientèle, de "
        "toute atteinte à l'image ainsi que de tout dommage résultant d'une réponse erronée "
        "fournie par l'agent conversationnel aux clients finaux, les Parties reconnaissant "
        "ce partage équilibré.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "comme s'ils avaient été travaillés",
        "Répartition des risques",
        "Le Client met à la disposition du Prestataire les accès, données et interlocuteurs "
        "prévus au planning ; en cas de retard du Client, les jours d'immobilisation de "
        "l'équipe du Prestataire sont facturés comme s'ils avaient été travaillés, sans "
        "préjudice du décalage corrélatif des échéances, dont le Prestataire informe le "
        "sponsor du Client par écrit.",
    ),
    (
        "deviation",
        "risk_allocation",
        "medium",
        "au coût réel, sans devis préalable",
        "Répartition des risques",
        "Les coûts d'intégration avec l'ERP du Client sont inclus dans le forfait pour deux "
        "connecteurs standards au plus ; au-delà, ainsi que pour tout connecteur spécifique "
        "ou toute reprise rendue nécessaire par une évolution de l'ERP, les travaux sont "
        "réalisés au coût réel, sans devis préalable, sur simple information du chef de "
        "projet du Client.",
    ),
    # ---------------------------------------------------------------------------- price
    (
        "deviation",
        "price",
        "medium",
        "seront refacturés au Client",
        "Conditions financières",
        "Le prix forfaitaire de 2 400 000 DA HT couvre l'atelier de cadrage, le POC et "
        "l'intégration au CRM, hors licences du modèle de langage, frais d'hébergement cloud "
        "et appels d'API, lesquels seront refacturés au Client selon la consommation "
        "constatée, le Prestataire transmettant un relevé mensuel de cette consommation.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "un montant global et forfaitaire",
        "Prix",
        "En contrepartie de l'ensemble des prestations décrites dans la présente lettre, le "
        "Client versera au Prestataire un montant global et forfaitaire de 6 500 000 DA HT, "
        "comprenant notamment le cadrage, les développements, l'accompagnement, la "
        "formation et le support, payable selon l'échéancier arrêté d'un commun accord entre "
        "les Parties.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "Livraison du POC, avant recette",
        "Conditions financières",
        "Le prix est payable selon l'échéancier suivant, chaque facture étant réglée à trente "
        "jours :\n\n"
        "Étape | Échéance | Montant\n\n"
        "Signature de la présente lettre | J0 | 30 %\n\n"
        "Livraison du POC, avant recette | J+45 | 50 %\n\n"
        "Recette définitive | J+90 | 20 %",
    ),
    (
        "deviation",
        "price",
        "medium",
        "réviser à tout moment par simple notification",
        "Prix",
        "Les tarifs figurant à l'annexe financière sont fermes pendant toute la durée du "
        "POC ; le Prestataire se réserve toutefois la faculté de les réviser à tout moment "
        "par simple notification, la révision s'appliquant aux prestations en cours dès le "
        "mois suivant, afin de tenir compte de l'évolution de ses propres coûts.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "quel qu'en soit le volume",
        "Conditions financières",
        "Outre la part fixe de mise en place, le Client règle une part variable de 350 DA HT "
        "par fiche prospect transmise au CRM par l'outil de scoring, calculée et facturée "
        "mensuellement, la part variable s'appliquant à l'intégralité des fiches transmises, "
        "quel qu'en soit le volume, sur la base du journal d'activité de la plateforme.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "l'indice que le Prestataire jugera",
        "Prix",
        "Les prix sont fermes pour la première année ; ils sont ensuite indexés chaque année "
        "selon l'indice que le Prestataire jugera le plus représentatif de l'évolution de ses "
        "coûts, y compris le coût des licences et de la main-d'œuvre qualifiée, la nouvelle "
        "grille étant communiquée au Client avec la première facture de l'année.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "toute perte de change restant à la charge",
        "Conditions financières",
        "Les prix sont exprimés et payables en dinars algériens ; toutefois, la part "
        "correspondant aux licences et à l'hébergement, libellée en euros, est convertie à "
        "chaque facture au cours du jour du paiement, toute perte de change restant à la "
        "charge du Client, les autres éléments du prix demeurant fermes.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "refacturés au réel sur justificatifs",
        "Prix",
        "Le forfait couvre l'ensemble des prestations réalisées à distance et dans les locaux "
        "du Client à Alger ; les déplacements de l'équipe du Prestataire sur les sites d'Oran "
        "et de Sétif, ainsi que l'hébergement et la restauration correspondants, sont "
        "refacturés au réel sur justificatifs, en sus du forfait.",
    ),
    (
        "deviation",
        "price",
        "medium",
        "le Client majore le paiement",
        "Conditions financières",
        "Les factures sont payables à trente jours par virement ; si une retenue à la source, "
        "une taxe ou un prélèvement devait s'appliquer à un paiement, le Client majore le "
        "paiement de sorte que le Prestataire perçoive le montant qu'il aurait perçu en "
        "l'absence de ce prélèvement, les Parties coopérant pour en limiter l'impact.",
    ),
    # ---------------------------------------------------------------------------- added
    (
        "added",
        None,
        "medium",
        "se poursuivra pour des périodes successives",
        "Dispositions finales",
        "La présente lettre prend effet à sa signature pour une durée de trois mois ; à "
        "défaut de dénonciation par lettre recommandée adressée au moins soixante jours "
        "avant son terme, elle se poursuivra pour des périodes successives de même durée, "
        "dans les mêmes termes, chaque Partie conservant la possibilité de proposer des "
        "ajustements.",
    ),
    (
        "added",
        None,
        "medium",
        "une indemnité forfaitaire égale à 20 %",
        "Suite des discussions",
        "Les Parties s'efforceront de conclure le contrat définitif à l'issue du POC ; si, "
        "les critères de succès étant atteints, le Client ne signe pas ce contrat dans les "
        "trente jours, il versera au Prestataire une indemnité forfaitaire égale à 20 % du "
        "montant prévisionnel du déploiement, en compensation des ressources mobilisées.",
    ),
    (
        "added",
        None,
        "medium",
        "le Client s'interdit de recruter",
        "Dispositions diverses",
        "Les Parties s'engagent à collaborer loyalement ; pendant la durée de la présente "
        "lettre et les vingt-quatre mois suivant son terme, le Client s'interdit de recruter, "
        "directement ou par personne interposée, tout collaborateur du Prestataire ayant "
        "participé au projet, y compris lorsque ce collaborateur a lui-même démissionné.",
    ),
    (
        "added",
        None,
        "medium",
        "une pénalité de 1 % du prix total",
        "Validation des livrables",
        "Le Client dispose de cinq jours ouvrés pour valider chaque livrable ou formuler des "
        "réserves motivées ; tout retard de validation au-delà de ce délai donne lieu, sans "
        "mise en demeure préalable, à une pénalité de 1 % du prix total par jour de retard, "
        "le Prestataire accompagnant le Client dans la revue des livrables.",
    ),
    (
        "added",
        None,
        "medium",
        "facturé même s'il n'est pas consommé",
        "Suite du projet",
        "En cas de poursuite du projet au-delà du POC, le Client bénéficie du tarif "
        "préférentiel de l'annexe financière, en contrepartie d'un volume minimal de 50 000 "
        "conversations par an pendant trois ans, facturé même s'il n'est pas consommé, le "
        "volume excédentaire étant facturé au même tarif.",
    ),
    (
        "added",
        None,
        "medium",
        "refusé de s'aligner sur l'offre concurrente",
        "Relations futures",
        "Les Parties souhaitent inscrire leur collaboration dans la durée ; à cette fin, "
        "pendant deux ans, le Client ne confie à un tiers un projet d'intelligence "
        "artificielle qu'après l'avoir soumis au Prestataire et que celui-ci a refusé de "
        "s'aligner sur l'offre concurrente dans les quinze jours de sa communication.",
    ),
    (
        "added",
        None,
        "low",
        "citer à titre de référence commerciale",
        "Communication",
        "Chaque Partie s'abstient de toute déclaration publique relative au projet sans "
        "l'accord de l'autre ; nonobstant ce qui précède, le Client autorise le Prestataire "
        "à le citer à titre de référence commerciale, y compris par l'usage de son nom, de "
        "son logo et des résultats chiffrés du projet, sur tout support.",
    ),
    (
        "added",
        None,
        "medium",
        "au moins aussi favorables que celles",
        "Dispositions diverses",
        "Les Parties s'engagent à se tenir informées de tout élément susceptible d'affecter "
        "le projet ; le Client s'engage en outre à consentir au Prestataire, pour toute "
        "prestation future, des conditions au moins aussi favorables que celles qu'il "
        "consentirait à tout autre prestataire pour des prestations comparables.",
    ),
    (
        "added",
        None,
        "medium",
        "des frais de sortie forfaitaires",
        "Dispositions diverses",
        "Le Client reste libre de choisir les outils qu'il utilise après le POC ; en cas de "
        "migration vers une solution tierce dans les vingt-quatre mois suivant la mise en "
        "production, des frais de sortie forfaitaires de 900 000 DA HT sont dus au "
        "Prestataire, indépendamment des prestations de transfert éventuellement commandées.",
    ),
    (
        "added",
        None,
        "medium",
        "s'interdit de développer, seul ou avec un tiers",
        "Engagements des Parties",
        "Le Client s'engage à fournir au Prestataire les informations utiles au projet et, "
        "pendant trois ans à compter de la signature, s'interdit de développer, seul ou avec "
        "un tiers, une solution fonctionnellement similaire à celle présentée par le "
        "Prestataire, ce dernier restant libre de proposer ses services à tout distributeur.",
    ),
    # ---------------------------------------------------------------------- exclusivity
    (
        "deviation",
        "exclusivity",
        "medium",
        "prorogée de plein droit",
        "Exclusivité",
        "Le Client accorde au Prestataire une exclusivité de négociation de quarante-cinq "
        "jours à compter de la signature, conditionnée à la remise du planning du POC, et "
        "prorogée de plein droit pour des périodes de même durée tant que les Parties n'ont "
        "pas mis fin par écrit aux discussions.",
    ),
    (
        "deviation",
        "exclusivity",
        "medium",
        "y compris hors intelligence artificielle",
        "Exclusivité",
        "Pendant les soixante jours de l'exclusivité, le Prestataire affecte au projet une "
        "équipe dédiée, et le Client s'interdit de consulter tout autre prestataire pour tout "
        "projet de transformation numérique, y compris hors intelligence artificielle, "
        "l'exclusivité cessant si le POC n'est pas livré à la date convenue.",
    ),
    (
        "ambiguity",
        "exclusivity",
        "low",
        "dans un délai raisonnable",
        "Exclusivité",
        "Le Client s'engage à ne pas négocier avec un autre prestataire pour le périmètre "
        "décrit à l'article Objet ; cette exclusivité, conditionnée à l'accès du Client à "
        "l'environnement de démonstration, prend fin dans un délai raisonnable après la "
        "remise des conclusions du POC.",
    ),
    # ------------------------------------------------------------------------------- ip
    (
        "deviation",
        "ip",
        "medium",
        "restent la propriété du Prestataire",
        "Propriété intellectuelle",
        "Le Client demeure propriétaire de ses données et des contenus qu'il fournit ; les "
        "prompts, les paramètres issus de l'entraînement et le modèle ajusté, y compris "
        "lorsqu'ils ont été produits à partir des données du Client, restent la propriété du "
        "Prestataire, qui en concède au Client un droit d'usage pendant la durée du contrat.",
    ),
    (
        "deviation",
        "ip",
        "medium",
        "l'amélioration de ses modèles génériques",
        "Propriété intellectuelle",
        "Chaque Partie conserve ses droits sur ses éléments préexistants et le Client reste "
        "propriétaire des contenus générés pour son compte ; le Client concède toutefois au "
        "Prestataire une licence gratuite, mondiale et sans limitation de durée d'utiliser "
        "les jeux de données constitués au cours du projet pour l'amélioration de ses "
        "modèles génériques.",
    ),
    (
        "ambiguity",
        "ip",
        "low",
        "Livrables Spécifiques",
        "Propriété intellectuelle",
        "Le Prestataire conserve la propriété de ses outils et bibliothèques préexistants, "
        "dont il concède au Client une licence d'utilisation ; le Client devient "
        "propriétaire des Livrables Spécifiques dès leur complet paiement, les autres "
        "éléments restant soumis à la licence précitée.",
    ),
    # ---------------------------------------------------------------------- termination
    (
        "deviation",
        "termination",
        "medium",
        "format d'export natif de sa plateforme",
        "Réversibilité",
        "En cas de cessation des relations pour quelque cause que ce soit, le Prestataire "
        "restitue au Client, dans les trente jours, ses données, prompts et paramètres, dans "
        "le format d'export natif de sa plateforme, et l'assiste dans la bascule vers la "
        "solution de son choix.",
    ),
    (
        "deviation",
        "termination",
        "medium",
        "pour le Client, d'un préavis",
        "Résiliation",
        "Chacune des Parties peut mettre fin aux discussions à tout moment par lettre "
        "recommandée, sous réserve, pour le Client, d'un préavis de quatre-vingt-dix jours, "
        "sans qu'aucune indemnité ne soit due de part ni d'autre, les données du Client lui "
        "étant restituées dans un format ouvert.",
    ),
    (
        "ambiguity",
        "termination",
        "low",
        "autant que de besoin",
        "Sortie",
        "À l'issue de la présente lettre, quelle qu'en soit la cause, le Prestataire restitue "
        "au Client ses données dans un format ouvert (CSV, JSON) et l'assiste autant que de "
        "besoin dans la reprise de ses traitements, sans frais de sortie.",
    ),
    # ------------------------------------------------------------------ data_protection
    (
        "deviation",
        "data_protection",
        "medium",
        "sans information préalable du Client",
        "Données personnelles",
        "Le Prestataire traite les données personnelles dans le respect de la loi 18-07 ; "
        "les données sont hébergées sur son infrastructure, laquelle peut, sans information "
        "préalable du Client, recourir à des centres de données situés hors d'Algérie pour "
        "assurer la continuité du service.",
    ),
    (
        "deviation",
        "data_protection",
        "medium",
        "tout sous-traitant de son choix",
        "Sécurité et données personnelles",
        "Le Prestataire met en œuvre des mesures de sécurité conformes à l'état de l'art et "
        "à la loi 18-07 ; il peut recourir à tout sous-traitant de son choix pour le "
        "traitement des données personnelles des clients de BETA Distribution, sous réserve "
        "d'en tenir la liste à la disposition du Client sur demande.",
    ),
    (
        "ambiguity",
        "data_protection",
        "low",
        "que le Prestataire jugera appropriées",
        "Données personnelles",
        "Les données personnelles sont hébergées en Algérie et traitées conformément à la "
        "loi 18-07 ; le Prestataire prend les mesures de sécurité que le Prestataire jugera "
        "appropriées et garantit aux personnes concernées l'exercice de leurs droits d'accès "
        "et de rectification.",
    ),
    # ------------------------------------------------------------------------------ poc
    (
        "deviation",
        "poc",
        "medium",
        "vaut décision de déploiement",
        "Preuve de concept",
        "Le POC, d'une durée de six semaines, porte sur les demandes clients reçues par "
        "WhatsApp Business ; à défaut de réserves écrites dans les trois jours ouvrés "
        "suivant sa présentation, il est réputé accepté et vaut décision de déploiement, les "
        "critères d'acceptation figurant en annexe.",
    ),
    (
        "ambiguity",
        "poc",
        "low",
        "Enregistrements exploitables",
        "POC",
        "Le POC, d'une durée de huit semaines, porte sur un extrait de six mois de l'historique "
        "du CRM ; il est réputé concluant si au moins 85 % des Enregistrements exploitables "
        "sont correctement classés, la décision de go/no-go étant prise par le comité de "
        "pilotage.",
    ),
    (
        "deviation",
        "poc",
        "medium",
        "à la seule initiative du Prestataire",
        "Preuve de concept",
        "Le POC a pour objet de vérifier la pertinence du scoring sur les données du Client ; "
        "d'une durée de six semaines, prolongeable à la seule initiative du Prestataire, il "
        "s'achève par une réunion de restitution et une décision de go/no-go du Client.",
    ),
    # ------------------------------------------------------------------------- timeline
    (
        "deviation",
        "timeline",
        "medium",
        "à titre purement indicatif",
        "Calendrier",
        "Le projet se déroule selon les étapes suivantes : atelier de cadrage le 15 janvier, "
        "audit des données le 31 janvier, restitution du POC le 15 mars, décision le 31 mars ; "
        "les dates ci-dessus sont données à titre purement indicatif et leur dépassement "
        "n'engage pas le Prestataire.",
    ),
    (
        "ambiguity",
        "timeline",
        "low",
        "dans les meilleurs délais",
        "Planning",
        "L'atelier de cadrage se tient dans les quinze jours de la signature et le POC est "
        "restitué au plus tard huit semaines après l'audit des données ; la décision de "
        "go/no-go intervient dans les meilleurs délais après la restitution, puis le "
        "déploiement suit le planning convenu.",
    ),
    (
        "deviation",
        "timeline",
        "low",
        "Déploiement en production | à définir",
        "Calendrier",
        "Étape | Date\n\n"
        "Atelier de cadrage | 10 février\n\n"
        "Audit des données | 28 février\n\n"
        "Restitution du POC et décision go/no-go | 15 avril\n\n"
        "Déploiement en production | à définir",
    ),
    # ----------------------------------------------------------------- success_criteria
    (
        "ambiguity",
        "success_criteria",
        "low",
        "Leads Qualifiés",
        "Critères de succès",
        "Le POC est réussi si, sur la période de test, le taux de conversion des Leads "
        "Qualifiés progresse d'au moins 10 % par rapport à la moyenne des six mois "
        "précédents, mesurée à partir des exports du CRM du Client.",
    ),
    (
        "deviation",
        "success_criteria",
        "medium",
        "lequel fait foi entre les Parties",
        "KPI",
        "Les indicateurs retenus sont le coût par lead (-15 %) et le taux de conversion "
        "(+10 %) par rapport à la situation de référence du dernier trimestre ; leur "
        "atteinte est constatée au vu du rapport de performance établi par le Prestataire, "
        "lequel fait foi entre les Parties.",
    ),
    (
        "ambiguity",
        "success_criteria",
        "low",
        "une amélioration significative",
        "Critères de succès",
        "Le succès du POC s'apprécie au regard d'une baisse de 20 % du délai moyen de réponse "
        "aux clients, mesurée sur les quatre semaines du test, et d'une amélioration "
        "significative du taux de satisfaction exprimé par les clients finaux.",
    ),
    # ----------------------------------------------------------------------- governance
    (
        "deviation",
        "governance",
        "medium",
        "du Prestataire est prépondérante",
        "Gouvernance",
        "Un comité de pilotage réunissant le sponsor du Client et le chef de projet du "
        "Prestataire se tient chaque semaine pendant le POC, puis chaque mois ; en cas de "
        "désaccord sur la validation d'un livrable, la voix du chef de projet du Prestataire "
        "est prépondérante.",
    ),
    (
        "ambiguity",
        "governance",
        "low",
        "autant que de besoin",
        "Gouvernance",
        "Le Client désigne un sponsor chargé de valider les livrables et le Prestataire un "
        "chef de projet ; le comité de pilotage, qui réunit l'un et l'autre, se réunit "
        "autant que de besoin et tranche les difficultés d'exécution.",
    ),
    (
        "deviation",
        "governance",
        "medium",
        "après simple consultation du sponsor",
        "Pilotage du projet",
        "Le comité de pilotage se réunit chaque semaine pendant le POC et chaque mois "
        "ensuite ; la validation des livrables est prononcée par le directeur de projet du "
        "Prestataire après simple consultation du sponsor du Client, le comité arbitrant les "
        "autres désaccords.",
    ),
    # ------------------------------------------------------------------- binding_effect
    (
        "deviation",
        "binding_effect",
        "medium",
        "à l'exception des articles Prix",
        "Portée de la lettre",
        "La présente lettre exprime l'intention des Parties et n'emporte pas obligation de "
        "conclure le contrat définitif, à l'exception des articles Prix, Exclusivité et "
        "Confidentialité, qui engagent les Parties dès la signature.",
    ),
    (
        "deviation",
        "binding_effect",
        "medium",
        "s'engage à confier au Prestataire le déploiement",
        "Caractère non contraignant",
        "La présente lettre ne constitue ni une offre ni un contrat, seuls les articles "
        "Confidentialité et Droit applicable liant les Parties ; nonobstant ce qui précède, "
        "le Client s'engage à confier au Prestataire le déploiement dès lors que le POC aura "
        "été livré.",
    ),
    # ----------------------------------------------------------------------------- data
    (
        "deviation",
        "data",
        "medium",
        "défini unilatéralement par le Prestataire",
        "Données",
        "Le Client met à disposition les exports de son CRM et de son ERP sur trois ans "
        "d'historique ; la préparation des données, y compris le dédoublonnage et le "
        "complètement des champs manquants, est assurée par le Client dans le format défini "
        "unilatéralement par le Prestataire, qui en vérifie la conformité.",
    ),
    (
        "ambiguity",
        "data",
        "low",
        "un historique suffisant",
        "Données et hypothèses",
        "Le projet s'appuie sur les données du CRM, de la plateforme e-commerce et du centre "
        "d'appels ; le Client fournit un historique suffisant, dédoublonné par ses équipes, "
        "le Prestataire réalisant l'audit de qualité lors de la deuxième semaine.",
    ),
    # ------------------------------------------------------------------ confidentiality
    (
        "deviation",
        "confidentiality",
        "medium",
        "Le Client s'engage à garder confidentielles",
        "Confidentialité",
        "Le Client s'engage à garder confidentielles les informations techniques, "
        "commerciales et financières communiquées par le Prestataire, y compris lors de "
        "l'audit des données, pendant la durée de la présente lettre et les trois années "
        "suivant son terme.",
    ),
    (
        "deviation",
        "confidentiality",
        "medium",
        "prend fin à l'expiration de la présente lettre",
        "Confidentialité",
        "Chaque Partie garde confidentielles les informations reçues de l'autre ; cet "
        "engagement, qui couvre également les données communiquées lors de l'audit, prend "
        "fin à l'expiration de la présente lettre, quelle qu'en soit la cause.",
    ),
    (
        "deviation",
        "confidentiality",
        "medium",
        "nécessaires à la promotion de ses services",
        "Confidentialité",
        "Les Parties s'engagent mutuellement à ne pas divulguer les informations échangées, "
        "y compris les données communiquées lors de l'audit, pendant trois ans après la fin "
        "des discussions, sauf les informations que le Prestataire estime nécessaires à la "
        "promotion de ses services.",
    ),
]


TRAPS_BELOW = {
    "risk_allocation-5",
    "price-3",
    "price-5",
    "exclusivity-2",
    "ip-3",
    "termination-2",
    "termination-3",
    "data_protection-3",
    "poc-2",
    "success_criteria-3",
    "confidentiality-3",
}


@pytest.mark.parametrize(
    "kind, topic, min_severity, words, title, text", marked(TRAPS, 1, TRAPS_BELOW)
)
def test_trap_is_caught_fr(kind, topic, min_severity, words, title, text):
    if words is not None:
        assert words in text, "battery: the words must be verbatim"
    hit, seen = catches(title, text, kind, topic, min_severity, words, "fr")
    assert hit, seen

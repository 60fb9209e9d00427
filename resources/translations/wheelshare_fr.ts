<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/fields.py" line="+75"/>
        <source>Enter a whole number of {unit}, or leave it empty.</source>
        <translation>Saisissez un nombre entier de {unit}, ou laissez vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{value} {unit} is not physically sensible; enter {low} to {high} {unit}.</source>
        <translation>{value} {unit} n’est pas physiquement plausible ; saisissez de {low} à {high} {unit}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter a number from {low} to {high} {unit}.</source>
        <translation>Saisissez un nombre de {low} à {high} {unit}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a price (0 is allowed).</source>
        <translation>Saisissez un prix (0 est accepté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a price such as 65 or 65.50.</source>
        <translation>Saisissez un prix comme 65 ou 65,50.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This price is unrealistically high; the most is {amount}.</source>
        <translation>Ce prix est irréaliste ; le maximum est {amount}.</translation>
    </message>
    <message>
        <location filename="../../src/wheelshare/ui/status.py" line="+18"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../src/wheelshare/ui/account/page.py" line="+150"/>
        <source>Account &amp; settings</source>
        <translation>Compte et réglages</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;ign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New here? Create an account</source>
        <translation>Nouveau ? Créez un compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name others will see</source>
        <translation>&amp;Nom visible par les autres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;mail for the new account</source>
        <translation>E-mai&amp;l du nouveau compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass&amp;word for the new account</source>
        <translation>Mot de passe du nou&amp;veau compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create account and sign in</source>
        <translation>&amp;Créer le compte et se connecter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The app is not connected to a feed yet; sign-in is possible once it is.</source>
        <translation>L’application n’est pas encore reliée à un flux ; la connexion sera possible ensuite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed in to {feed}. Sign in to list vehicles, answer requests and write reviews.</source>
        <translation>Non connecté à {feed}. Connectez-vous pour proposer des véhicules, répondre aux demandes et écrire des avis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as {name} ({email}) on {feed}.</source>
        <translation>Connecté en tant que {name} ({email}) sur {feed}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Correct the fields marked below.</source>
        <translation>Corrigez les champs signalés ci-dessous.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Signed in. Your sign-in is kept in the system&apos;s password store (keyring).</source>
        <translation>Connecté. Votre connexion est conservée dans le trousseau de mots de passe du système.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out; the sign-in was removed from this computer and from the feed.</source>
        <translation>Déconnecté ; la connexion a été supprimée de cet ordinateur et du flux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed out on this computer. The feed could not be told ({why}); the old sign-in stops working when it expires.</source>
        <translation>Déconnecté sur cet ordinateur. Le flux n’a pas pu être prévenu ({why}) ; l’ancienne connexion cessera de fonctionner à son expiration.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The feed is the server that shares listings, bookings and reviews. Leave the address empty to use the built-in demo feed.</source>
        <translation>Le flux est le serveur qui partage annonces, réservations et avis. Laissez l’adresse vide pour utiliser le flux de démonstration intégré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feed &amp;address</source>
        <translation>&amp;Adresse du flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;heck connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this feed</source>
        <translation>&amp;Utiliser ce flux</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the feed&apos;s address first.</source>
        <translation>Saisissez d’abord l’adresse du flux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking {url}…</source>
        <translation>Vérification de {url}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connected: {url} answered as a wheelshare feed.</source>
        <translation>Connecté : {url} a répondu comme un flux wheelshare.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved. The app now uses {url}; sign in to it if you have an account there.</source>
        <translation>Enregistré. L’application utilise maintenant {url} ; connectez-vous si vous y avez un compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The app uses the built-in demo feed.</source>
        <translation>Enregistré. L’application utilise le flux de démonstration intégré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With these measurements, searches can tell whether a vehicle or a venue fits your chair. They stay on this computer.</source>
        <translation>Avec ces mesures, les recherches indiquent si un véhicule ou un lieu convient à votre fauteuil. Elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chair &amp;width (cm)</source>
        <translation>&amp;Largeur du fauteuil (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair &amp;length (cm)</source>
        <translation>L&amp;ongueur du fauteuil (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seated height, head included (cm)</source>
        <translation>&amp;Hauteur assise, tête comprise (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight with occupant (&amp;kg)</source>
        <translation>Poids avec l’occupant (&amp;kg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+37"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+37"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{low} to {high} {unit}</source>
        <translation>de {low} à {high} {unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I &amp;drive (from the chair or after a transfer)</source>
        <translation>Je &amp;conduis (depuis le fauteuil ou après un transfert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I travel as a &amp;passenger in my chair</source>
        <translation>Je voyage comme &amp;passager dans mon fauteuil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sa&amp;ve my wheelchair</source>
        <translation>&amp;Enregistrer mon fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forget my wheelchair</source>
        <translation>O&amp;ublier mon fauteuil</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: correct the measurements marked above.</source>
        <translation>Non enregistré : corrigez les mesures signalées ci-dessus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. “Fits my wheelchair” now uses these measurements.</source>
        <translation>Enregistré. « Convient à mon fauteuil » utilise désormais ces mesures.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Forgotten: searches no longer check your chair.</source>
        <translation>Oublié : les recherches ne vérifient plus votre fauteuil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance and language</source>
        <translation>Apparence et langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes apply at once and are remembered.</source>
        <translation>Les changements s’appliquent aussitôt et sont mémorisés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>Lan&amp;gue</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/availability.py" line="+181"/>
        <source>Periods when the vehicle cannot be booked, besides confirmed bookings. Times are in the vehicle&apos;s time zone ({tz}).</source>
        <translation>Périodes où le véhicule ne peut pas être réservé, en plus des réservations confirmées. Les heures sont celles du fuseau horaire du véhicule ({tz}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Blocked periods</source>
        <translation>&amp;Périodes bloquées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked periods</source>
        <translation>Périodes bloquées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No blocks: the vehicle can be booked at any time.</source>
        <translation>Aucun blocage : le véhicule peut être réservé à tout moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove selected block</source>
        <translation>&amp;Retirer le blocage choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a one-off block</source>
        <translation>Ajouter un blocage ponctuel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ntil</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;one-off block</source>
        <translation>Ajouter un blocage p&amp;onctuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a weekly block</source>
        <translation>Ajouter un blocage hebdomadaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Day of the week</source>
        <translation>&amp;Jour de la semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &amp;time</source>
        <translation>De l’&amp;heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until t&amp;ime</source>
        <translation>Jusqu’à l’heu&amp;re</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until mid&amp;night</source>
        <translation>Jusqu’à &amp;minuit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;weekly block</source>
        <translation>Ajouter un blocage &amp;hebdomadaire</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The block ends before it starts; choose a later end.</source>
        <translation>Le blocage finit avant de commencer ; choisissez une fin plus tardive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block is empty: the end equals the start.</source>
        <translation>Le blocage est vide : la fin est égale au début.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The block ends before it starts; choose a later time or tick Until midnight.</source>
        <translation>Le blocage finit avant de commencer ; choisissez une heure plus tardive ou cochez Jusqu’à minuit.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <location line="-223"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked from {start} until {end}</source>
        <translation>Bloqué du {start} au {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>midnight</source>
        <translation>minuit</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Blocked every {day} from {start} until {end}</source>
        <translation>Bloqué chaque {day} de {start} à {end}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One-off</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every {day}</source>
        <translation>Chaque {day}</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="+200"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers say</source>
        <translation>Selon les avis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source}, {date}</source>
        <translation>{source}, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} answers</source>
        <translation>{n} réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mostly “{grade}” ({answers})</source>
        <translation>Surtout « {grade} » ({answers})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} ({answers})</source>
        <translation>{value} ({answers})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{avg} on average, {low} to {high} ({answers})</source>
        <translation>{avg} en moyenne, de {low} à {high} ({answers})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{yes} yes, {no} no</source>
        <translation>{yes} oui, {no} non</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{criterion}: recorded {recorded}; reviewers say {agg}</source>
        <translation>{criterion} : enregistré {recorded} ; selon les avis {agg}</translation>
    </message>
</context>
<context>
    <name>Distance</name>
    <message>
        <location line="-200"/>
        <source>{m} m</source>
        <translation>{m} m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/form.py" line="+78"/>
        <source>Problem:</source>
        <translation>Problème :</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../src/wheelshare/ui/formatting.py" line="+92"/>
        <source>%n minute(s) ago</source>
        <translation>il y a %n minutes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/wheelshare/ui/main_window.py" line="+40"/>
        <source>wheelshare</source>
        <translation>wheelshare</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a screen; Ctrl+1 to Ctrl+5 also work</source>
        <translation>Choisissez un écran ; Ctrl+1 à Ctrl+5 fonctionnent aussi</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{screen} — wheelshare</source>
        <translation>{screen} — wheelshare</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch the latest data and send waiting actions</source>
        <translation>Récupérer les dernières données et envoyer les actions en attente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close wheelshare</source>
        <translation>Fermer wheelshare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to {screen}</source>
        <translation>Aller à {screen}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About wheelshare</source>
        <translation>&amp;À propos de wheelshare</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>About wheelshare</source>
        <translation>À propos de wheelshare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;wheelshare {version}&lt;/h2&gt;&lt;p&gt;Rent adapted vehicles from their owners, and find out how accessible venues really are.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;wheelshare {version}&lt;/h2&gt;&lt;p&gt;Louez des véhicules adaptés à leurs propriétaires, et découvrez l’accessibilité réelle des lieux.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../src/wheelshare/ui/widgets/editors.py" line="+43"/>
        <source>No maximum</source>
        <translation>Sans maximum</translation>
    </message>
</context>
<context>
    <name>OwnVehiclesModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/models.py" line="+100"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day price</source>
        <translation>Prix à la journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Instant</source>
        <translation>Immédiate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On request</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlisted</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>OwnerBookingsModel</name>
    <message>
        <location line="+67"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renter</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{status} — {action} waiting to be sent</source>
        <translation>{status} — {action} en attente d’envoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status}, {refund} refunded</source>
        <translation>{status}, {refund} remboursés</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/wheelshare/ui/pages.py" line="+43"/>
        <source>Find a vehicle</source>
        <translation>Trouver un véhicule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search adapted vehicles to rent and book one</source>
        <translation>Chercher des véhicules adaptés à louer et en réserver un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and rate how accessible places are</source>
        <translation>Trouver des lieux et noter leur accessibilité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My bookings</source>
        <translation>Mes réservations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your booking requests and rentals</source>
        <translation>Vos demandes de réservation et vos locations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My vehicles</source>
        <translation>Mes véhicules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List your vehicles and answer requests</source>
        <translation>Proposer vos véhicules et répondre aux demandes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &amp; settings</source>
        <translation>Compte et réglages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in, feed address, your wheelchair, text size and theme</source>
        <translation>Connexion, adresse du flux, votre fauteuil, taille du texte et thème</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location line="+19"/>
        <source>This screen is coming in a later version of wheelshare. Until then, you can find and book vehicles under “Find a vehicle”.</source>
        <translation>Cet écran arrive dans une prochaine version de wheelshare. En attendant, vous pouvez trouver et réserver des véhicules sous « Trouver un véhicule ».</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/search_form.py" line="+304"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measure your wheelchair with you seated in it. wheelshare uses these numbers to tell you whether a vehicle&apos;s ramp, lift and door fit.</source>
        <translation>Mesurez votre fauteuil en y étant assis. wheelshare utilise ces mesures pour vous dire si la rampe, la plateforme et la porte d’un véhicule conviennent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Width</source>
        <translation>&amp;Largeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Length</source>
        <translation>L&amp;ongueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seated height (top of the head)</source>
        <translation>&amp;Hauteur assise (sommet de la tête)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eight with you in it</source>
        <translation>&amp;Poids avec vous dedans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From {low} to {high}.</source>
        <translation>De {low} à {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I &amp;drive the vehicle myself</source>
        <translation>Je &amp;conduis moi-même le véhicule</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../src/wheelshare/ui/progress.py" line="+82"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work</source>
        <translation>Arrêter ce travail</translation>
    </message>
</context>
<context>
    <name>RateVehicleDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/vehicle_review.py" line="+55"/>
        <source>Review {title}</source>
        <translation>Donner un avis sur {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How was the rental? Rate what you can; leave the rest as “Not rated”. Your review appears on the vehicle&apos;s page after the next sync.</source>
        <translation>Comment s’est passée la location ? Notez ce que vous pouvez ; laissez le reste sur « Non noté ». Votre avis apparaît sur la page du véhicule après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;mment (optional)</source>
        <translation>Co&amp;mmentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send review</source>
        <translation>&amp;Envoyer l’avis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The comment is {n} characters long; keep it to {max}.</source>
        <translation>Le commentaire fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent: the comment is too long.</source>
        <translation>Rien n’a été envoyé : le commentaire est trop long.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was sent: rate at least one thing about the rental.</source>
        <translation>Rien n’a été envoyé : notez au moins un aspect de la location.</translation>
    </message>
</context>
<context>
    <name>RateVenueDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/rate_dialog.py" line="+45"/>
        <source>Edit your review of {name}</source>
        <translation>Modifier votre avis sur {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate {name}</source>
        <translation>Noter {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Answer what you know from your visit; leave the rest as “Don&apos;t know”. Your review is sent with the next sync and replaces any earlier review of yours for this place.</source>
        <translation>Répondez selon ce que vous savez de votre visite ; laissez le reste sur « Je ne sais pas ». Votre avis est envoyé à la prochaine synchronisation et remplace votre éventuel avis précédent sur ce lieu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Wheelchair access</source>
        <translation>&amp;Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 — poor</source>
        <translation>1 — médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — fair</source>
        <translation>2 — passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — good</source>
        <translation>3 — bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very good</source>
        <translation>4 — très bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — excellent</source>
        <translation>5 — excellent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Overall rating</source>
        <translation>&amp;Note globale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entrance and facilities</source>
        <translation>Entrée et équipements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high}; leave empty if you don&apos;t know.</source>
        <translation>de {low} à {high} ; laissez vide si vous ne savez pas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Comment (optional)</source>
        <translation>&amp;Commentaire (facultatif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would help the next visitor?</source>
        <translation>Qu’est-ce qui aiderait le prochain visiteur ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Send review</source>
        <translation>&amp;Envoyer l’avis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steps</source>
        <translation>marches</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The comment is {n} characters long; keep it to {max}.</source>
        <translation>Le commentaire fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+18"/>
        <source>Nothing was sent: correct the answers marked below.</source>
        <translation>Rien n’a été envoyé : corrigez les réponses signalées ci-dessous.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing was sent: answer at least one question — a review with nothing rated would not help anyone.</source>
        <translation>Rien n’a été envoyé : répondez à au moins une question — un avis sans aucune note n’aiderait personne.</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/models.py" line="-72"/>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renter</source>
        <translation>un locataire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{who} asks for {vehicle} from {start} until {end}, {price}</source>
        <translation>{who} demande {vehicle} du {start} au {end}, {price}</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="+214"/>
        <source>Reviewer</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (you)</source>
        <translation>{name} (vous)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{who} on {date}: {answers}</source>
        <translation>{who} le {date} : {answers}</translation>
    </message>
</context>
<context>
    <name>SearchForm</name>
    <message>
        <location filename="../../src/wheelshare/ui/find/search_form.py" line="-278"/>
        <source>A town or city, e.g. Lyon</source>
        <translation>Une ville, par exemple Lyon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to search everywhere.</source>
        <translation>Laissez vide pour chercher partout.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Within</source>
        <translation>D&amp;ans un rayon de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the vehicle must have</source>
        <translation>Ce que le véhicule doit avoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boarding</source>
        <translation>Accès à bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving controls</source>
        <translation>Commandes de conduite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wheelchair places, at least</source>
        <translation>&amp;Places pour fauteuil, au moins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maximum &amp;price per day</source>
        <translation>&amp;Prix maximum par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zero means no maximum.</source>
        <translation>Zéro signifie sans maximum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only vehicles I can book &amp;instantly</source>
        <translation>Seulement les véhicules réservables &amp;immédiatement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits &amp;my wheelchair</source>
        <translation>Convient à &amp;mon fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uses the measurements of your wheelchair profile</source>
        <translation>Utilise les mesures de votre profil de fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit my &amp;wheelchair…</source>
        <translation>Modifier mon fau&amp;teuil…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nearest first</source>
        <translation>Les plus proches d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheapest first</source>
        <translation>Les moins chers d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best rated first</source>
        <translation>Les mieux notés d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sea&amp;rch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The end must be after the start.</source>
        <translation>La fin doit être après le début.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No known place is called “{text}”. Choose one from the list as you type, or leave the field empty to search everywhere.</source>
        <translation>Aucun lieu connu ne s’appelle « {text} ». Choisissez-en un dans la liste pendant la saisie, ou laissez le champ vide pour chercher partout.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No wheelchair profile yet: add one to search by fit.</source>
        <translation>Pas encore de profil de fauteuil : ajoutez-en un pour chercher selon la taille.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>drives</source>
        <translation>conduit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>travels as a passenger</source>
        <translation>voyage comme passager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My wheelchair: {w} cm wide, {l} cm long, {h} cm seated height, {kg} kg with occupant; {role}.</source>
        <translation>Mon fauteuil : {w} cm de large, {l} cm de long, {h} cm de hauteur assise, {kg} kg avec l’occupant ; {role}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/wheelshare/ui/settings.py" line="+70"/>
        <source>Enter a web address starting with http:// or https://</source>
        <translation>Saisissez une adresse web commençant par http:// ou https://</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text size from 100 % to 200 %</source>
        <translation>Choisissez une taille de texte de 100 % à 200 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a radius from 1 to 1000 km</source>
        <translation>Choisissez un rayon de 1 à 1000 km</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>My wheelchair</source>
        <translation>Mon fauteuil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Home location</source>
        <translation>Lieu de domicile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search radius</source>
        <translation>Rayon de recherche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide the demo data notice</source>
        <translation>Masquer l’avis sur les données de démonstration</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/main_window.py" line="+59"/>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Every action can be reached from the keyboard. Tab moves between fields; underlined letters with Alt activate buttons and menus.</source>
        <translation>Chaque action est accessible au clavier. Tab passe d’un champ à l’autre ; les lettres soulignées, avec Alt, activent boutons et menus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <location filename="../../src/wheelshare/ui/status.py" line="+22"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the latest data and send waiting actions (F5)</source>
        <translation>Récupérer les dernières données et envoyer les actions en attente (F5)</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/vehicle_form.py" line="+447"/>
        <source>Edit vehicle</source>
        <translation>Modifier le véhicule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List a vehicle</source>
        <translation>Proposer un véhicule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save listing</source>
        <translation>&amp;Enregistrer l’annonce</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was saved: one field needs attention; see the message under it.</source>
        <translation>Rien n’a été enregistré : un champ demande votre attention ; voyez le message en dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved: {n} fields need attention; see the messages under them.</source>
        <translation>Rien n’a été enregistré : {n} champs demandent votre attention ; voyez les messages en dessous.</translation>
    </message>
</context>
<context>
    <name>VehicleForm</name>
    <message>
        <location line="-386"/>
        <source>About the vehicle</source>
        <translation>Le véhicule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example: Renault Kangoo with rear ramp</source>
        <translation>Par exemple : Renault Kangoo avec rampe arrière</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Place (city)</source>
        <translation>&amp;Lieu (ville)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start typing and choose a city from the list.</source>
        <translation>Commencez à taper et choisissez une ville dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick-up &amp;address (optional)</source>
        <translation>&amp;Adresse de prise en charge (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;eats</source>
        <translation>&amp;Sièges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From 1 to 9, including the driver.</source>
        <translation>De 1 à 9, conducteur compris.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wheelchair places</source>
        <translation>&amp;Places pour fauteuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From 0 to 4.</source>
        <translation>De 0 à 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adaptations</source>
        <translation>Aménagements</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So renters can check that their chair fits. Leave a field empty if you have not measured it.</source>
        <translation>Pour que les locataires vérifient que leur fauteuil passe. Laissez vide un champ que vous n’avez pas mesuré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{low} to {high} {unit}</source>
        <translation>de {low} à {high} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices and booking</source>
        <translation>Prix et réservation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Half-day price</source>
        <translation>Prix à la &amp;demi-journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;y price</source>
        <translation>Prix à la &amp;journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wee&amp;k price</source>
        <translation>Prix à la se&amp;maine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to 6 hours.</source>
        <translation>Jusqu’à 6 heures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours.</source>
        <translation>24 heures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days; usually less than 7 day prices.</source>
        <translation>7 jours ; en général moins que 7 prix à la journée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Instant booking: renters book without waiting for my answer</source>
        <translation>Réservation &amp;immédiate : les locataires réservent sans attendre ma réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instant booking</source>
        <translation>Réservation immédiate</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the vehicle a title.</source>
        <translation>Donnez un titre au véhicule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is {n} characters long; keep it to {max}.</source>
        <translation>Le titre fait {n} caractères ; limitez-le à {max}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The description is {n} characters long; keep it to {max}.</source>
        <translation>La description fait {n} caractères ; limitez-la à {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say where the vehicle is picked up.</source>
        <translation>Indiquez où le véhicule est pris en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No place called “{name}” is known; choose one from the list.</source>
        <translation>Aucun lieu nommé « {name} » n’est connu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>a rear or side ramp</source>
        <translation>une rampe arrière ou latérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lift platform</source>
        <translation>une plateforme élévatrice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick {part} under Adaptations, or leave this empty.</source>
        <translation>Cochez {part} sous Aménagements, ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>VehicleReview</name>
    <message>
        <location filename="../../src/wheelshare/ui/reviews/vehicle_review.py" line="-103"/>
        <source>&amp;Overall</source>
        <translation>&amp;Note globale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessibility (boarding, space for the chair)</source>
        <translation>&amp;Accessibilité (montée, place pour le fauteuil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;leanliness</source>
        <translation>&amp;Propreté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matches the listing</source>
        <translation>&amp;Conforme à l’annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The o&amp;wner</source>
        <translation>Le p&amp;ropriétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 — poor</source>
        <translation>1 — médiocre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 — fair</source>
        <translation>2 — passable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — good</source>
        <translation>3 — bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 — very good</source>
        <translation>4 — très bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 — excellent</source>
        <translation>5 — excellent</translation>
    </message>
</context>
<context>
    <name>VehicleVocabulary</name>
    <message>
        <location filename="../../src/wheelshare/ui/owner/labels.py" line="+13"/>
        <source>Rear ramp</source>
        <translation>Rampe arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side ramp</source>
        <translation>Rampe latérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift platform</source>
        <translation>Plateforme élévatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winch</source>
        <translation>Treuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lowered floor</source>
        <translation>Plancher surbaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel seated in the wheelchair</source>
        <translation>Voyager assis dans le fauteuil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push-pull hand controls</source>
        <translation>Commandes manuelles pousser-tirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accelerator ring</source>
        <translation>Cercle accélérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steering knob</source>
        <translation>Pommeau de volant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left-foot accelerator</source>
        <translation>Accélérateur au pied gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fork control</source>
        <translation>Commande à fourche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swivel seat</source>
        <translation>Siège pivotant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer board</source>
        <translation>Planche de transfert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic transmission</source>
        <translation>Boîte automatique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Door height (cm)</source>
        <translation>Hauteur de porte (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp width (cm)</source>
        <translation>Largeur de rampe (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp length (cm)</source>
        <translation>Longueur de rampe (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift maximum load (kg)</source>
        <translation>Charge maximale de la plateforme (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior height (cm)</source>
        <translation>Hauteur intérieure (cm)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Boarding</source>
        <translation>Accès à bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving controls</source>
        <translation>Commandes de conduite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requested, awaiting answer</source>
        <translation>Demandée, en attente de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired without an answer</source>
        <translation>Expirée sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
</context>
<context>
    <name>VenueResultsModel</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/models.py" line="-245"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{d} away</source>
        <translation>à {d}</translation>
    </message>
</context>
<context>
    <name>VenueVocabulary</name>
    <message>
        <location filename="../../src/wheelshare/ui/venues/labels.py" line="+17"/>
        <source>Fully accessible</source>
        <translation>Entièrement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially accessible</source>
        <translation>Partiellement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accessible</source>
        <translation>Non accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility unknown</source>
        <translation>Accessibilité inconnue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step-free entrance</source>
        <translation>Entrée de plain-pied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps at the entrance</source>
        <translation>Marches à l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step height (cm)</source>
        <translation>Hauteur de marche (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ramp at the entrance</source>
        <translation>Rampe à l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door width (cm)</source>
        <translation>Largeur de porte (cm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic door</source>
        <translation>Porte automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible toilet</source>
        <translation>Toilettes accessibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessible parking</source>
        <translation>Stationnement accessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elevator</source>
        <translation>Ascenseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall (1 to 5)</source>
        <translation>Note globale (1 à 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
</TS>

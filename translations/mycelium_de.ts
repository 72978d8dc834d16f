<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommunityProfile</name>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="21"/>
        <source>The community needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="24"/>
        <source>The community name is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="191"/>
        <source>Cannot create the vault file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="196"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="198"/>
        <source>The vault file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="205"/>
        <source>Cannot open the vault file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Encryption is not available in this process (SQLCipher is not active); the vault was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="217"/>
        <source>Cannot apply the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="227"/>
        <source>The key does not open the vault %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="228"/>
        <source>The vault %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="245"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="259"/>
        <source>The vault refused a change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="267"/>
        <source>Cannot prepare a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="277"/>
        <source>A query returned no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="303"/>
        <source>Re-encrypting the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="60"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="70"/>
        <location filename="../qml/pages/ErrorPage.qml" line="86"/>
        <source>Vault location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="96"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="97"/>
        <source>Quit Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/ErrorPage.qml" line="105"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <location filename="../core/security/keyfile.cpp" line="106"/>
        <source>Invalid vault key or key-derivation parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="139"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="161"/>
        <source>The key file %1 is damaged (%2). Restore it from a backup; the vault cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="164"/>
        <source>it is not a Mycelium key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="168"/>
        <source>The key file %1 has format version %2, which this Mycelium does not know. Install a newer Mycelium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="170"/>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="172"/>
        <source>its checksum does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="174"/>
        <source>unknown key-derivation function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="179"/>
        <source>implausible key-derivation parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="192"/>
        <source>The key file %1 is missing. Put it back from a backup; the vault cannot be opened without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="194"/>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="203"/>
        <location filename="../core/security/keyfile.cpp" line="207"/>
        <source>Cannot write the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="21"/>
        <source>%1 — Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="22"/>
        <source>Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../qml/pages/MainView.qml" line="15"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="15"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="44"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="45"/>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="46"/>
        <source>Closes the vault and wipes the key from memory (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="49"/>
        <source>Close the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/MainView.qml" line="72"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="14"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="18"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="29"/>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="38"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="43"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="49"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="54"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="57"/>
        <source>SQLCipher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="57"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="59"/>
        <source>Vault ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="66"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="70"/>
        <source>Yes: this computer&apos;s keychain holds the vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="71"/>
        <source>No: the passphrase is needed to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="77"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/OverviewPage.qml" line="100"/>
        <source>cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="68"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="73"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="74"/>
        <source>The vault closes and its key is wiped from memory when nobody has used the computer for this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="80"/>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="90"/>
        <source>Minutes of inactivity before the vault locks; 0 means never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="93"/>
        <location filename="../qml/pages/SettingsPage.qml" line="100"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="94"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="115"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="116"/>
        <source>Lock the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="122"/>
        <source>Shortcut: Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="129"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="136"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="146"/>
        <source>Keeps the vault key in this computer&apos;s keychain, so that the vault opens without the passphrase. Turn it off on a laptop that others use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="158"/>
        <location filename="../qml/pages/SettingsPage.qml" line="223"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="159"/>
        <source>The vault key is sealed again under the new passphrase; the records are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="170"/>
        <location filename="../qml/pages/SettingsPage.qml" line="174"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="179"/>
        <location filename="../qml/pages/SettingsPage.qml" line="184"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="194"/>
        <location filename="../qml/pages/SettingsPage.qml" line="199"/>
        <source>Confirm new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="217"/>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="233"/>
        <source>Re-encrypt vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="234"/>
        <source>Replaces the vault key with a new random key and encrypts every record again. Do it when a copy of the vault and its key may have left your hands, for example after a laptop was lost and found. The passphrase stays the same; a key kept on this computer is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="239"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="246"/>
        <source>Passphrase for re-encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="263"/>
        <source>Re-encrypting the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="269"/>
        <source>Re-encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="271"/>
        <source>Re-encrypt the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="279"/>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="280"/>
        <source>Checks that the database is sound and that every record keeps the rules. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="293"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="305"/>
        <source>Verifying the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="311"/>
        <source>Verify now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SettingsPage.qml" line="313"/>
        <source>Verify the vault now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="60"/>
        <source>Step %1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="73"/>
        <source>Welcome to Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="76"/>
        <source>Mycelium keeps your community&apos;s books in an encrypted vault on this computer. Start by naming the community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="80"/>
        <location filename="../qml/pages/SetupWizard.qml" line="88"/>
        <source>Community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="86"/>
        <source>For example: Riverside Commons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="96"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="99"/>
        <source>Next: choose the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="111"/>
        <source>Choose the coordinator passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="114"/>
        <source>It protects all of the community&apos;s records. Nobody can recover it for you: write it down and keep it in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="118"/>
        <location filename="../qml/pages/SetupWizard.qml" line="124"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="123"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="133"/>
        <location filename="../qml/pages/SetupWizard.qml" line="138"/>
        <source>Confirm passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="145"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="153"/>
        <source>Opens the vault without the passphrase, with the key kept in this computer&apos;s keychain. Leave it off on a shared laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="166"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="167"/>
        <source>Back to the community name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="178"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="184"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/SetupWizard.qml" line="196"/>
        <source>The vault will be saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../core/storage/database.cpp" line="97"/>
        <source>Reading the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="107"/>
        <source>Writing to the vault failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qml/components/StrengthMeter.qml" line="20"/>
        <source>Passphrase strength: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../core/storage/database.cpp" line="328"/>
        <source>The transaction is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="48"/>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="51"/>
        <source>Enter the coordinator passphrase to open the community&apos;s books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="55"/>
        <location filename="../qml/pages/UnlockPage.qml" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="69"/>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="72"/>
        <source>Opens the vault without the passphrase next time, with the key kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="103"/>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="104"/>
        <source>Asking this computer&apos;s keychain for the key; you can also type the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="113"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/pages/UnlockPage.qml" line="122"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../core/vault/vault.cpp" line="114"/>
        <location filename="../core/vault/vault.cpp" line="128"/>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="119"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="172"/>
        <source>The vault file %1 is missing but its key file is there. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="173"/>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="201"/>
        <source>The vault %1 is not claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="227"/>
        <source>The vault %1 is damaged or does not belong to its key file. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="229"/>
        <source>%1 Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="239"/>
        <source>from schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="274"/>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="58"/>
        <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="159"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="163"/>
        <source>Another operation is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="234"/>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="236"/>
        <source>The key file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="238"/>
        <source>The key file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="240"/>
        <source>The vault file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="242"/>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="244"/>
        <source>The vault is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="246"/>
        <source>The keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="248"/>
        <source>This vault needs a newer Mycelium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="250"/>
        <source>Encryption is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="252"/>
        <source>The vault cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="254"/>
        <source>The vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="265"/>
        <source>Check Caps Lock and the keyboard layout, then type the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="267"/>
        <source>The vault cannot be opened without its key file, the file ending in “.vault.key” beside the vault. Copy it back from your backup into the same folder, then choose Try again. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="270"/>
        <source>The key file beside the vault has been changed or cut short, so the vault key cannot be recovered from it. Replace it with the copy from your backup, then choose Try again. The vault itself has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="273"/>
        <source>The key file is there, but the vault it belongs to is not. Copy the vault file back from your backup into the same folder, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="276"/>
        <source>The vault cannot be read as a Mycelium vault; a full disk or a failed copy may have cut it short. Keep the damaged file, restore the vault from your latest backup, then choose Try again. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="279"/>
        <source>Another Mycelium window or a mycelium-cli command is using this vault. Close it there, then choose Try again. Only one program may open a vault at a time, so that no change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="282"/>
        <source>Enter the passphrase instead. “Remember on this computer” works again once the system keychain (for example KWallet or GNOME Keyring) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="285"/>
        <source>The vault was saved by a newer version of Mycelium. Install that version or a later one to open it; this version leaves the vault untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="288"/>
        <source>This copy of Mycelium runs without working SQLCipher encryption, so it refuses to touch the vault. Reinstall Mycelium and the libsqlcipher package, then start it again. The vault has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="291"/>
        <source>Check that the folder exists, that you may write to it and that the disk is not full, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="293"/>
        <source>Choose Try again. If the problem stays, note the message above and ask for help. Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="396"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="399"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="402"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="405"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="408"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="425"/>
        <source>There is already a vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="437"/>
        <source>The two passphrases are not the same. Type the passphrase again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="449"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="472"/>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="480"/>
        <source>The new passphrase and its confirmation are not the same. Type the new passphrase again in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="484"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/vaultcontroller.cpp" line="498"/>
        <source>Enter the passphrase to re-encrypt the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="154"/>
        <source>This computer&apos;s keychain no longer holds the vault key. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="180"/>
        <source>The key in this computer&apos;s keychain no longer opens the vault (it was re-encrypted). Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="320"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="324"/>
        <source>Another operation is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="343"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/vaultsession.cpp" line="362"/>
        <source>The vault was re-encrypted with a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/vaultsession.cpp" line="381"/>
        <source>All %n checks passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/vaultsession.cpp" line="382"/>
        <source>%n problem(s) found. Restore the vault from a backup if they concern your records.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>Keeps a community economy&apos;s books in an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="58"/>
        <source>The vault to open or create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="61"/>
        <source>Load every QML file, report errors and quit; opens no vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Print the milliseconds until the first frame is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium</name>
    <message>
        <location filename="../core/community/communityprofile.cpp" line="34"/>
        <source>The vault has no community profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychain.cpp" line="24"/>
        <source>The system keychain could not be used (%1). Enter the passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keyfile.cpp" line="61"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="76"/>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="79"/>
        <source>Too easy to guess: avoid common words, repeats and sequences; add another unrelated word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="82"/>
        <source>Fair. Another word or two would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="85"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/passphrasepolicy.cpp" line="88"/>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="60"/>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="63"/>
        <source>The vault has schema version %1, newer than this Mycelium understands (%2). Install a newer Mycelium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="73"/>
        <source>Upgrading the vault to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="43"/>
        <source>Row %1 of table %2 points at a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="52"/>
        <source>Schema version is %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="61"/>
        <source>The community&apos;s creation date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="70"/>
        <source>The database file is structurally sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="71"/>
        <source>Every reference points at an existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="72"/>
        <source>The schema is at the version this program writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/integrity.cpp" line="73"/>
        <source>The community profile is present and valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="39"/>
        <source>Cannot replace %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="50"/>
        <source>The vault %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="55"/>
        <source>The vault %1 is cut short (%2 of %3 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="96"/>
        <source>The vault %1 is already open in another Mycelium window or command (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/vault/vault.cpp" line="100"/>
        <source>Cannot create the lock file %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli</name>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="81"/>
        <source>run &apos;mycelium-cli --help&apos; for the list of commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="138"/>
        <source>Unknown option &apos;%1&apos;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="148"/>
        <source>The option %1 needs a value; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="152"/>
        <source>The option %1 takes no value, but was given &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="174"/>
        <source>No command given; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="181"/>
        <source>Unknown command &apos;%1&apos;; the commands are init, info, verify, passwd, rekey, raw-key and help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="185"/>
        <source>Unexpected argument &apos;%1&apos; after the command %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="189"/>
        <source>The option %1 belongs to the command %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="194"/>
        <source>The option --vault needs a path to a vault file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="199"/>
        <source>The option --passphrase-file needs the path of a file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="205"/>
        <source>The option --today expects a real date written YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="215"/>
        <source>The option --new-passphrase-file needs the path of a file, not an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="226"/>
        <source>The command init needs the community&apos;s name: mycelium-cli init --community NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="232"/>
        <source>Usage: mycelium-cli [OPTIONS] COMMAND [COMMAND OPTIONS]

Keeps a community&apos;s books in an encrypted Mycelium vault. Options may come
before or after the command, and may be written --option=VALUE; after &quot;--&quot;
nothing more is read as an option.

Commands:
  init --community NAME   Create a new vault and its key file for the
                          community NAME. Refuses to touch an existing vault.
  info [--json]           Show the community, creation date, schema version,
                          vault path and id, SQLCipher version and how many
                          records of each kind the vault holds. --json prints
                          the same as one JSON object.
  verify                  Run every integrity check on the vault and show
                          each check as ok or with its problems.
  passwd [--new-passphrase-file FILE]
                          Change the passphrase. The current passphrase comes
                          from the usual source; the new one from FILE, or is
                          asked twice on a terminal, or is read as the next
                          line of standard input. The vault keeps its
                          encryption key (see rekey).
  rekey                   Re-encrypt the whole vault under a fresh random key
                          (the passphrase stays the same).
  raw-key                 Print the vault&apos;s raw SQLCipher key as 64 hex
                          digits, so that the standard sqlcipher shell opens
                          the vault without Mycelium:
                            PRAGMA key = &quot;x&apos;&lt;the 64 digits&gt;&apos;&quot;;
                          Anyone with this key can read the vault: keep it
                          as secret as the passphrase. rekey replaces it.
  help                    Show this text.

Options:
  --vault PATH            The vault file; its key file is PATH.key, beside it.
                          Default: %1
  --passphrase-file FILE  Read the passphrase from FILE (one trailing newline
                          is removed).
  --today YYYY-MM-DD      Act as if today were this date (for scripts and
                          tests); without it the system clock is used.
  -h, --help              Show this text.
  --version               Show the program&apos;s version.

Passphrase:
  Taken from --passphrase-file, else from the environment variable
  MYCELIUM_PASSPHRASE, else asked on the terminal without echo (twice for
  init), else read as one line from standard input.

Environment:
  MYCELIUM_PASSPHRASE     The vault&apos;s passphrase, when --passphrase-file is
                          not given.
  XDG_DATA_HOME           Where the default vault lives (mycelium/ inside it).

Exit status:
  0  Success.
  1  Cancelled at a prompt, or an unexpected error.
  2  Usage error: unknown command or option, missing or malformed argument
     (such as a bad --today date), a passphrase that is too weak, an empty
     community name, passphrases that do not match.
  3  Wrong passphrase, or the vault is locked.
  4  Integrity or data error: the vault or key file is missing, damaged or
     written by a newer Mycelium; a vault already exists (init); a check of
     verify failed; the files cannot be read or written; encryption is not
     available.
  5  The vault is busy: another Mycelium window or command has it open.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="390"/>
        <source>No command given; run &apos;mycelium-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="172"/>
        <location filename="../app/cli/passphraseinput.cpp" line="179"/>
        <source>No passphrase was entered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="174"/>
        <source>The passphrase is longer than %1 bytes; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="176"/>
        <source>Cannot read from the terminal: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="191"/>
        <source>No passphrase given: use --passphrase-file FILE, set MYCELIUM_PASSPHRASE, or run the command on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="194"/>
        <source>The line read from standard input is longer than %1 bytes, too long for a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="196"/>
        <source>Cannot read the passphrase from standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="199"/>
        <source>The passphrase read from standard input is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="310"/>
        <source>Passphrase refused: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::CliSession</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="110"/>
        <source>There is no vault at %1; create one with &apos;mycelium-cli init --community NAME&apos; or name another with --vault PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="114"/>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="121"/>
        <source>The passphrase from %1 does not open the vault %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="137"/>
        <source>A vault already exists at %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="140"/>
        <source>A key file already exists at %1 without its vault; nothing was changed. Move it away to create a new vault there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="143"/>
        <source>Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="144"/>
        <source>Passphrase for the new vault: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="153"/>
        <source>Created the vault of &quot;%1&quot;.
Vault:    %2
Key file: %3
Keep copies of both files and of the passphrase in safe places: the vault cannot be opened without its key file and the passphrase.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="194"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="194"/>
        <source>(missing: run &apos;mycelium-cli verify&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="195"/>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="195"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="196"/>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="197"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="198"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="199"/>
        <source>Vault id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="200"/>
        <source>SQLCipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="202"/>
        <source>Records:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="205"/>
        <source>cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="224"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="231"/>
        <source>PROBLEM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="236"/>
        <source>%1 of %2 checks found problems in the vault %3; restore it from a backup before recording anything new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="240"/>
        <source>All %1 checks passed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="246"/>
        <source>The passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="276"/>
        <source>The passphrase of the vault %1 was changed and its key file %2 was rewritten; the vault keeps its encryption key.
Old copies of the key file still open the vault with the old passphrase: if the old passphrase may be known to someone else, run &apos;mycelium-cli rekey&apos; as well.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="290"/>
        <source>The vault %1 was re-encrypted under a new key and its key file %2 was replaced; the passphrase is unchanged.
Back up the vault and the new key file together: older backups of the vault open only with the key file saved with them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="306"/>
        <source>The key remembered in this computer&apos;s keychain was replaced as well.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="309"/>
        <source>The keychain could not be updated (%1); the app will ask for the passphrase next time. Turn &quot;Remember on this computer&quot; on again there if you want it.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::cli::PassphraseInput</name>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="237"/>
        <source>The passphrase file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="239"/>
        <source>Cannot read the passphrase file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="244"/>
        <source>The passphrase file %1 is longer than %2 bytes; it does not look like a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="248"/>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="255"/>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="259"/>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="263"/>
        <location filename="../app/cli/passphraseinput.cpp" line="274"/>
        <source>the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="266"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="275"/>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="285"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="285"/>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/passphraseinput.cpp" line="301"/>
        <source>The two passphrases do not match. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mycelium::integrity</name>
    <message>
        <location filename="../core/vault/integrity.cpp" line="95"/>
        <source>Security events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

// What the Dashboard and its Indicators say (setup lines, the refresh's toast, the tab's headings and labels), in
// English and French. Indicator names and definitions are the Indicators tab's own words.

export const DASHBOARD_MESSAGES = {
  'dashboard.indicatorsSeeded': {
    en: 'Indicators: {n} default indicator(s) added.',
    fr: 'Indicators : {n} indicateur(s) par défaut ajouté(s).',
  },
  'dashboard.indicatorsSeededAudit': {
    en: 'Default indicator added by setup',
    fr: 'Indicateur par défaut ajouté par l’installation',
  },
  'dashboard.toastTitle': { en: 'Dashboard', fr: 'Tableau de bord' },
  'dashboard.refreshed': {
    en: 'Dashboard refreshed: {n} indicator(s), {charts} chart(s).',
    fr: 'Tableau de bord actualisé : {n} indicateur(s), {charts} graphique(s).',
  },
  'dashboard.title': {
    en: 'Strong Cities Network — Dashboard',
    fr: 'Strong Cities Network — tableau de bord',
  },
  'dashboard.refreshedAt': {
    en: 'Refreshed {at}; figures up to {day} (archived history included where stated).',
    fr: 'Actualisé le {at} ; chiffres jusqu’au {day} (historique archivé compris quand c’est indiqué).',
  },
  'dashboard.hubFilter': { en: 'Hub (name or ID; empty: all)', fr: 'Hub (nom ou identifiant ; vide : tous)' },
  'dashboard.periodFilter': {
    en: 'Period (quarter, month or year; empty: each indicator’s)',
    fr: 'Période (quarter, month ou year ; vide : celle de chaque indicateur)',
  },
  'dashboard.problemsBelow': {
    en: '{n} problems to fix: see the rows marked below.',
    fr: '{n} problèmes à corriger : voir les lignes signalées plus bas.',
  },
  'dashboard.unknownHub': {
    en: 'The hub "{hub}" in B2 is not in the Hubs tab; all hubs are shown.',
    fr: 'Le hub « {hub} » en B2 ne figure pas dans l’onglet Hubs ; tous les hubs sont affichés.',
  },
  'dashboard.unknownPeriod': {
    en: 'The period "{period}" in B3 is not quarter, month or year; each indicator’s own period is used.',
    fr: 'La période « {period} » en B3 n’est ni quarter, ni month, ni year ; la période de chaque indicateur est utilisée.',
  },
  'dashboard.badIndicator': {
    en: 'Indicators row {row} ({name}) is not shown: {problem}',
    fr: 'La ligne {row} d’Indicators ({name}) n’est pas affichée : {problem}',
  },
  'dashboard.h.indicator': { en: 'Indicator', fr: 'Indicateur' },
  'dashboard.h.definition': { en: 'Definition', fr: 'Définition' },
  'dashboard.h.hub': { en: 'Hub', fr: 'Hub' },
  'dashboard.h.current': { en: 'Current period', fr: 'Période en cours' },
  'dashboard.h.value': { en: 'Value', fr: 'Valeur' },
  'dashboard.h.previous': { en: 'Previous period', fr: 'Période précédente' },
  'dashboard.h.baseline': { en: 'Baseline', fr: 'Base de référence' },
  'dashboard.h.target': { en: 'Target', fr: 'Cible' },
  'dashboard.h.direction': { en: 'Intended direction', fr: 'Sens souhaité' },
  'dashboard.h.status': { en: 'Target', fr: 'Cible' },
  'dashboard.h.quarter': { en: 'Quarter', fr: 'Trimestre' },
  'dashboard.h.type': { en: 'Type', fr: 'Type' },
  'dashboard.h.channel': { en: 'Channel', fr: 'Canal' },
  'dashboard.h.newMembers': { en: 'New members', fr: 'Nouveaux membres' },
  'dashboard.h.engagements': { en: 'Engagements', fr: 'Engagements' },
  'dashboard.h.messagesSent': { en: 'Messages sent', fr: 'Messages envoyés' },
  'dashboard.allHubs': { en: 'All hubs', fr: 'Tous les hubs' },
  'dashboard.met': { en: 'met', fr: 'atteinte' },
  'dashboard.notMet': { en: 'not met', fr: 'non atteinte' },
  'dashboard.block.indicators': { en: 'Indicators', fr: 'Indicateurs' },
  'dashboard.block.membersByHub': {
    en: 'Members by hub and status (today)',
    fr: 'Membres par hub et statut (aujourd’hui)',
  },
  'dashboard.block.trends': { en: 'Trends per quarter', fr: 'Tendances par trimestre' },
  'dashboard.block.byType': {
    en: 'Engagements by type ({from} to {to})',
    fr: 'Engagements par type (du {from} au {to})',
  },
  'dashboard.block.byChannel': {
    en: 'Engagements by channel ({from} to {to})',
    fr: 'Engagements par canal (du {from} au {to})',
  },
  'dashboard.block.participation': {
    en: 'Event participation by hub and gender ({from} to {to})',
    fr: 'Participation aux événements par hub et genre (du {from} au {to})',
  },
  'dashboard.chart.membersByHub': { en: 'Members by hub', fr: 'Membres par hub' },
  'dashboard.chart.trends': { en: 'Trends per quarter', fr: 'Tendances par trimestre' },
  'dashboard.chart.byType': { en: 'Engagements by type', fr: 'Engagements par type' },
  'dashboard.chart.byChannel': { en: 'Engagements by channel', fr: 'Engagements par canal' },
} as const;

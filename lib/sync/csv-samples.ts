// Downloadable sample files for the CSV import: they show every column, a quoted value with a
// comma, one with a line break, custom fields, and both ways an event can name its user.

export const CSV_SAMPLE_USERS_FILENAME = 'users-sample.csv';
export const CSV_SAMPLE_EVENTS_FILENAME = 'events-sample.csv';

export const CSV_SAMPLE_USERS = `id,email,first_name,last_name,title,phone,timezone,account_id,account_name,role,persona,segment,created_at,crm_contact,custom:plan,custom:seats_used
u-100,ana.silva@acme.example,Ana,Silva,Head of Sales Operations,+1 555 0100,America/New_York,acc-1,Acme Corp,Admin,Champion,Enterprise,2026-03-02T09:00:00Z,true,Enterprise,42
u-101,ben.okafor@acme.example,Ben,Okafor,"Account Executive, EMEA",+44 20 7946 0101,Europe/London,acc-1,Acme Corp,Contributor,End user,Enterprise,2026-04-15T10:30:00Z,false,Enterprise,42
u-102,chloe.martin@acme.example,Chloe,Martin,CFO,,Europe/Paris,acc-1,Acme Corp,Viewer,Economic buyer,Enterprise,2026-05-20,true,Enterprise,42
u-103,dev.patel@globex.example,Dev,Patel,Data Analyst,+1 555 0103,America/Chicago,acc-2,Globex,Analyst,Technical evaluator,Mid-market,2026-06-01T08:00:00-05:00,no,Pro,12
u-104,emma.wong@globex.example,Emma,Wong,"Customer Success
Manager",+1 555 0104,America/Los_Angeles,acc-2,Globex,Contributor,Champion,Mid-market,2026-06-03T16:45:00Z,yes,Pro,12
u-105,farah.haddad@globex.example,Farah,Haddad,Sales Manager,,Asia/Singapore,acc-2,Globex,Manager,Decision maker,Mid-market,2026-09-10T02:00:00Z,,Pro,12
`;

export const CSV_SAMPLE_EVENTS = `user_id,email,ts,name,feature,module,duration_sec
u-100,,2026-11-02T09:14:00Z,login,,,20
u-100,,2026-11-02T09:16:30Z,report_viewed,Report builder,Reports,240
u-100,,2026-11-02T09:25:00Z,workflow_run,Workflow builder,Automation,90
u-101,,2026-11-02T14:02:00+01:00,login,,,15
u-101,,2026-11-02T14:05:00+01:00,record_updated,Pipeline board,Pipeline,300
,dev.patel@globex.example,2026-11-03T15:00:00Z,login,,,10
,dev.patel@globex.example,2026-11-03T15:03:00Z,dashboard_opened,Executive dashboard,Dashboards,420
,dev.patel@globex.example,2026-11-03T15:20:00Z,export_created,CSV export,Reports,35
u-104,,2026-09-01T17:00:00Z,login,,,12
u-104,,2026-09-01T17:02:00Z,comment_added,Comments,Collaboration,60
`;

// The admin page's one stylesheet: system fonts, high contrast, usable from 800 px up (tables
// scroll inside their box rather than the page), visible focus for keyboard use.
export const ADMIN_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f7f9}
a{color:#0b57d0}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:2}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:8px 20px;padding:10px 20px;background:#fff;border-bottom:1px solid #d0d4da}
.brand{font-weight:700}
nav ul{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:0;padding:0}
nav a{text-decoration:none;padding:4px 2px;color:#1a1a1a}
nav a[aria-current=page]{font-weight:700;border-bottom:3px solid #0b57d0}
.signout{margin-left:auto;display:flex;align-items:center;gap:8px}
main{max-width:1180px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:1.5rem;margin:8px 0 16px}h2{font-size:1.15rem;margin:24px 0 8px}
.box{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:12px 16px;margin:0 0 16px}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e1e4e8;vertical-align:top}
th{font-weight:600;background:#eef0f3}
td form{margin:0}
label{display:block;font-weight:600;margin:10px 0 4px}
.hint{font-weight:400;color:#4a4f57;font-size:.9em}
input[type=text],input[type=email],input[type=password],input[type=number],select,textarea{width:100%;max-width:520px;padding:6px 8px;border:1px solid #6b7280;border-radius:4px;font:inherit;background:#fff;color:inherit}
textarea{font-family:ui-monospace,Menlo,Consolas,monospace;min-height:7em}
button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #0b57d0;background:#0b57d0;color:#fff;cursor:pointer}
button.quiet{background:#fff;color:#0b57d0}
.row{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end}.row>div{flex:1 1 200px}
.once{background:#fff8e1;border:2px solid #b26a00;border-radius:6px;padding:10px 16px;margin:0 0 16px}
.secret{display:block;font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all;background:#fff;padding:8px;border:1px solid #b26a00}
.errors{background:#fdecea;border:1px solid #b3261e;border-radius:6px;padding:8px 16px;margin:0 0 16px}
.ok{background:#e7f5ea;border:1px solid #1e7d32;border-radius:6px;padding:8px 16px;margin:0 0 16px}
.chart{width:100%;height:120px;background:#fff;border:1px solid #d0d4da}
.chart rect{fill:#0b57d0}
`;

import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import '@/components/ui/theme.css';

createRoot(document.getElementById('root') as HTMLElement).render(<SidePanelApp />);

import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/ui/theme.css';

createRoot(document.getElementById('root') as HTMLElement).render(<OptionsApp />);

// Word lists for the synthetic content generator. Every name, organization and
// talk built from them is invented. Accents and ñ are frequent on purpose,
// because matching and search must handle them.

export const FIRST_NAMES = [
  'Ximena', 'Julián', 'Renata', 'Óscar', 'Itzel', 'Tomás', 'Mariana', 'Ángel', 'Sofía', 'Rubén',
  'Valentina', 'Héctor', 'Daniela', 'Martín', 'Camila', 'Raúl', 'Regina', 'Joaquín', 'Lucía', 'Andrés',
  'Paulina', 'Iñaki', 'Fernanda', 'Germán', 'Natalia', 'Efraín', 'Guadalupe', 'Simón', 'Ramona', 'Elías',
  'Carolina', 'Adrián', 'Begoña', 'Nicolás', 'Zoé', 'Maximiliano', 'Jimena', 'Sebastián', 'Noemí', 'Gael',
  'Araceli', 'Emiliano', 'Inés', 'Rodrigo', 'Marisol', 'Jesús', 'Citlali', 'Benjamín', 'Yolotl', 'Ernesto',
] as const;

export const SURNAMES = [
  'Aguilar', 'Castañeda', 'Domínguez', 'Ríos', 'Ramírez', 'Herrera', 'Arriola', 'Olvera', 'Villaseñor', 'Hernández',
  'Cázares', 'Gómez', 'Urbina', 'Quiñones', 'Saldaña', 'Medina', 'Maldonado', 'Echeverría', 'Acuña', 'Bautista',
  'Espinoza', 'Núñez', 'Peña', 'Cruz', 'Ibáñez', 'Muñoz', 'Zúñiga', 'Ordóñez', 'Téllez', 'Jiménez',
  'Vázquez', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Gutiérrez', 'Pérez', 'Rodríguez', 'Álvarez', 'Chávez',
  'Mendoza', 'Morales', 'Ortega', 'Delgado', 'Castillo', 'Ávila', 'Valdés', 'Guzmán', 'Salazar', 'Cervantes',
  'Tovar', 'Beltrán', 'Carrasco', 'Garza', 'Treviño', 'Cantú', 'Xochihua', 'Tlapale', 'Cuauhtle', 'Meléndez',
] as const;

export const ROLES = [
  'Ingeniera de datos', 'Ingeniero de software', 'Desarrolladora principal', 'Arquitecto de soluciones',
  'Científica de datos', 'Investigador', 'Líder técnica', 'Consultor independiente', 'Gerente de ingeniería',
  'Especialista en seguridad', 'Diseñadora de producto', 'Profesor', 'Analista de datos', 'Mantenedora de software libre',
] as const;

export const ORGANIZATIONS = [
  'Cooperativa Códice', 'Laboratorio Ceiba', 'Banco del Altiplano', 'Universidad de la Sierra', 'Datos Abiertos Bajío',
  'Fundación Tlacuilo', 'Logística Pacífico', 'Hospital Regional del Norte', 'Agencia Mandrágora', 'Estudio Nopal',
  'Instituto de Cómputo Aplicado', 'Energía Solar Yucatán', 'Periódico El Faro', 'Comunidad Python Puebla',
  'Secretaría de Innovación (ficticia)', 'Seguros La Previsora', 'Mercado Digital Andino', 'Red de Bibliotecas Públicas',
] as const;

export const BIO_SENTENCES = [
  'Trabaja desde hace {years} años con {tech} en proyectos del sector {sector}.',
  'Antes de dedicarse a {topic}, fue docente de programación en una preparatoria pública.',
  'Contribuye a proyectos de software libre relacionados con {tech}.',
  'Le interesa cómo {topic} cambia el trabajo diario de los equipos pequeños.',
  'Coordina un grupo de estudio mensual sobre {topic} en su ciudad.',
  'Ha dado charlas en congresos de México, Colombia y España.',
  'Escribe un boletín sobre {topic} que leen miles de personas.',
  'Estudió ingeniería y una maestría en ciencias de la computación.',
] as const;

export const TOPICS = [
  'observabilidad', 'análisis de datos', 'aprendizaje automático', 'accesibilidad web', 'bases de datos distribuidas',
  'ingeniería de plataformas', 'privacidad diferencial', 'visualización de información', 'búsqueda semántica',
  'modelos de lenguaje', 'pruebas automatizadas', 'diseño de APIs', 'infraestructura como código', 'gobierno de datos',
  'seguridad de la cadena de suministro', 'canalizaciones de datos', 'arquitectura de microservicios', 'rendimiento web',
  'aplicaciones móviles sin conexión', 'criptografía práctica', 'ética de los algoritmos', 'sistemas de recomendación',
  'procesamiento de lenguaje natural en español', 'gestión de incidentes', 'costos de la nube', 'documentación técnica',
  'diseño de interfaces', 'computación en el borde', 'series de tiempo', 'calidad de datos', 'mentoría técnica',
  'internacionalización', 'migraciones de esquemas', 'colas de mensajes', 'autenticación sin contraseñas',
] as const;

export const TECHNOLOGIES = [
  'Python', 'DuckDB', 'Kubernetes', 'PostgreSQL', 'Rust', 'TypeScript', 'React', 'Kafka', 'dbt', 'Spark',
  'WebAssembly', 'Terraform', 'OpenTelemetry', 'Airflow', 'Polars', 'Go', 'Elixir', 'SQLite', 'Flutter', 'Julia',
] as const;

export const SECTORS = [
  'salud', 'banca', 'gobierno', 'agricultura', 'educación pública', 'logística', 'energía', 'transporte urbano',
  'periodismo', 'comercio electrónico', 'seguros', 'telecomunicaciones', 'turismo', 'minería',
] as const;

export const QUESTIONS = [
  '¿quién mantiene el software libre que usamos?', '¿cuánto cuesta de verdad la nube?', '¿necesitamos otra base de datos?',
  '¿cómo se contrata bien en equipos técnicos?', '¿qué aprendimos de la última caída?', '¿es hora de dejar los microservicios?',
  '¿cómo enseñar programación en 2027?', '¿qué datos deberíamos dejar de guardar?', '¿la IA generativa cambia el oficio?',
  '¿cómo se mide la productividad de un equipo?', '¿cómo trabajar en remoto sin agotarse?',
] as const;

export const TITLE_TEMPLATES = [
  'cómo escalar {tech} sin perder la calma',
  '{topic}: lecciones de {years} años en producción',
  'del prototipo a producción con {tech}',
  'lo que aprendimos migrando a {tech}',
  '{tech} en el sector {sector}: un caso real',
  'introducción práctica a {topic}',
  '{topic} para equipos pequeños',
  'errores comunes en {topic} y cómo evitarlos',
  '{topic} con {tech}, paso a paso',
  'más allá de {tech}: {topic} en serio',
  'el lado humano de {topic}',
  '{topic} en español: retos y herramientas',
  'diseñar {topic} pensando en quien lo usa',
  'medir antes de optimizar: {topic} con {tech}',
  '¿vale la pena {tech}? Una evaluación honesta',
  '{topic} en el sector {sector}',
] as const;

export const FORMATS = ['Conferencia', 'Conferencia', 'Conferencia', 'Conferencia', 'Taller', 'Panel', 'Relámpago'] as const;

export const ABSTRACT_OPENINGS = [
  'En esta charla contamos cómo un equipo de {years} personas adoptó {tech} para resolver problemas de {topic}.',
  'Muchas organizaciones del sector {sector} dependen de {topic}, pero pocas lo miden con rigor.',
  'Después de {years} años de trabajar con {tech}, tenemos más preguntas que respuestas, y queremos compartirlas.',
  'Una sesión práctica sobre {topic}, pensada para quienes empiezan y para quienes ya tropezaron.',
  'Revisamos las decisiones de diseño detrás de un sistema de {topic} que atiende a millones de personas.',
  '¿Qué pasa cuando {topic} deja de ser un experimento y se vuelve parte del producto?',
] as const;

export const ABSTRACT_SENTENCES = [
  'Mostraremos mediciones propias y el código de los ejemplos.',
  'Hablaremos de los compromisos entre costo, rendimiento y facilidad de mantenimiento.',
  'Explicaremos por qué descartamos {tech} y qué usamos en su lugar.',
  'El caso viene del sector {sector}, aunque las ideas sirven en cualquier industria.',
  'Veremos cómo {topic} afecta a las personas usuarias, no solo a los servidores.',
  'Compartiremos una lista de verificación que usamos antes de cada lanzamiento.',
  'La sesión incluye una demostración en vivo con datos públicos.',
  'También hablaremos de lo que salió mal y de cómo lo corregimos.',
  'No hace falta experiencia previa con {tech}; basta con conocer lo básico de programación.',
  'Terminaremos con preguntas abiertas para la discusión con el público.',
  'Las diapositivas y los cuadernos quedarán disponibles después de la sesión.',
  'Usaremos ejemplos en español, con acentos, eñes y todo lo que rompe a los sistemas ingenuos.',
] as const;

export const LIST_INTROS = ['Temas que cubriremos:', 'Al terminar sabrás:', 'Lo que veremos:', 'Requisitos:'] as const;

export const ABSTRACT_CLOSINGS = [
  'Trae tus preguntas sobre {topic}.',
  'Ideal para equipos que empiezan con {tech}.',
  'Al final habrá tiempo para preguntas.',
  'Si trabajas en el sector {sector}, esta sesión es para ti.',
  'Sesión en español con diapositivas en inglés.',
] as const;

export const TAGS = [
  'python', 'datos', 'nube', 'seguridad', 'accesibilidad', 'diseño', 'comunidad', 'ia', 'bases de datos', 'móvil',
  'rendimiento', 'pruebas', 'devops', 'ética', 'carrera', 'educación', 'visualización', 'código abierto',
] as const;

/** Room name prefixes; the room's place name follows. */
export const ROOM_KINDS = ['Sala', 'Salón', 'Auditorio', 'Aula', 'Taller', 'Foro'] as const;

export const PLACES = [
  'Talavera', 'Cholula', 'Tehuacán', 'Cuetzalan', 'Atlixco', 'Zacatlán', 'Tlaxcala', 'Huejotzingo', 'Xalapa', 'Córdoba',
  'Orizaba', 'Tepic', 'Mazatlán', 'Culiacán', 'Querétaro', 'Morelia', 'Pátzcuaro', 'Uruapan', 'Zamora', 'Celaya',
  'León', 'Irapuato', 'Zacatecas', 'Durango', 'Saltillo', 'Torreón', 'Mérida', 'Campeche', 'Chetumal', 'Tulum',
  'Valladolid', 'Oaxaca', 'Mitla', 'Juchitán', 'Tapachula', 'Comitán', 'Tuxtla', 'Villahermosa', 'Colima', 'Manzanillo',
  'Ensenada', 'Tijuana', 'Mexicali', 'Hermosillo', 'Guaymas', 'Chihuahua', 'Parral', 'Monclova', 'Tampico', 'Matamoros',
  'Pachuca', 'Tula', 'Toluca', 'Cuernavaca', 'Taxco', 'Acapulco', 'Iguala', 'Aguascalientes', 'Zapopan', 'Tlaquepaque',
] as const;

/** Tracks with dark colours, because the app writes their labels in white. */
export const TRACKS = [
  { id: 'datos', label: 'Datos e inteligencia artificial', color: '#1d4ed8', aliases: ['Datos e IA', 'Data & AI'] },
  { id: 'web', label: 'Web y apps móviles', color: '#b42318', aliases: ['Web', 'Web & mobile'] },
  { id: 'infraestructura', label: 'Infraestructura y nube', color: '#116149', aliases: ['DevOps', 'Cloud'] },
  { id: 'comunidad', label: 'Comunidad y oficio', color: '#7e22ce', aliases: ['Comunidad', 'Community'] },
  { id: 'seguridad', label: 'Seguridad y privacidad', color: '#9a3412', aliases: ['Seguridad', 'Security'] },
  { id: 'diseno', label: 'Diseño y accesibilidad', color: '#0f766e', aliases: ['Diseño', 'Design'] },
  { id: 'ciencia', label: 'Ciencia e investigación', color: '#4338ca', aliases: ['Investigación', 'Research'] },
  { id: 'producto', label: 'Producto y negocio', color: '#854d0e', aliases: ['Producto', 'Product'] },
] as const;
